package dev.quorum.guide.guide.application;

import dev.quorum.guide.guide.domain.Edition;
import dev.quorum.guide.guide.domain.EditionDiff;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.domain.SectionDiff;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads guides: drafts for their editors, published editions for every reader of the conference
 * (see {@link GuideAccess}). An edition is visible only once the guide records it, so an edition
 * whose publication is still being recorded is not yet read.
 */
@Service
public class GuideQueries {
    private final GuideAccess access;
    private final GuideRepository guides;
    private final EditionRepository editions;

    public GuideQueries(GuideAccess access, GuideRepository guides, EditionRepository editions) {
        this.access = access;
        this.guides = guides;
        this.editions = editions;
    }

    /**
     * The conference's guides (of one committee, if given), oldest first: editors also see drafts
     * never published; other readers only guides with an edition.
     */
    public GuideRepository.Page list(
            QuorumPrincipal caller, String conferenceId, Optional<String> committeeId, int page, int size) {
        access.requireReader(caller, conferenceId);
        Optional<Collection<String>> draftsOf = caller.administers(conferenceId)
                ? Optional.empty()
                : Optional.of(chairedCommittees(caller, conferenceId));
        return guides.findPage(conferenceId, committeeId, draftsOf, page, size);
    }

    /** The draft, for its editors only (others: 404, as if it did not exist). */
    public Guide draft(QuorumPrincipal caller, String guideId) {
        Guide guide = guides.find(guideId).orElseThrow(() -> GuideEditing.notFound(guideId));
        if (!caller.belongsTo(guide.conferenceId())
                || !access.edits(caller, guide.conferenceId(), guide.committeeId())) {
            throw GuideEditing.notFound(guideId);
        }
        return guide;
    }

    /** The guide's editions, oldest first. */
    public List<EditionRepository.EditionSummary> editions(QuorumPrincipal caller, String guideId) {
        Guide guide = readable(caller, guideId);
        return editions.list(guideId, guide.editions());
    }

    /** Edition {@code number}, or the newest when empty. */
    public Edition edition(QuorumPrincipal caller, String guideId, Optional<Integer> number) {
        Guide guide = readable(caller, guideId);
        int wanted = number.orElse(guide.editions());
        if (wanted < 1 || wanted > guide.editions()) {
            throw new NotFoundException("Guide " + guideId + " has no edition " + wanted + ".");
        }
        return editions.find(guideId, wanted)
                .orElseThrow(() -> new NotFoundException("Guide " + guideId + " has no edition " + wanted + "."));
    }

    /** Section-by-section differences from edition {@code from} to edition {@code to}. */
    public List<SectionDiff> diff(QuorumPrincipal caller, String guideId, int from, int to) {
        return EditionDiff.between(
                edition(caller, guideId, Optional.of(from)), edition(caller, guideId, Optional.of(to)));
    }

    /** A guide with at least one edition, of a conference the caller may read; else 404. */
    private Guide readable(QuorumPrincipal caller, String guideId) {
        Guide guide =
                guides.find(guideId).filter(g -> g.editions() > 0).orElseThrow(() -> GuideEditing.notFound(guideId));
        try {
            access.requireReader(caller, guide.conferenceId());
        } catch (NotFoundException e) {
            throw GuideEditing.notFound(guideId);
        }
        return guide;
    }

    private static Collection<String> chairedCommittees(QuorumPrincipal caller, String conferenceId) {
        return caller.hasRole(dev.quorum.platform.security.Roles.CHAIR) && caller.belongsTo(conferenceId)
                ? caller.committees()
                : List.of();
    }
}
