package dev.quorum.guide.search.application;

import dev.quorum.guide.guide.application.GuideAccess;
import dev.quorum.platform.security.QuorumPrincipal;
import java.util.List;
import org.springframework.stereotype.Service;

/** Full-text search over a conference's published guides, for whoever may read them. */
@Service
public class GuideSearch {
    private final GuideAccess access;
    private final GuideIndex index;

    public GuideSearch(GuideAccess access, GuideIndex index) {
        this.access = access;
        this.index = index;
    }

    public List<SearchHit> search(QuorumPrincipal caller, String conferenceId, String query, int limit) {
        access.requireReader(caller, conferenceId);
        return index.search(conferenceId, query, limit);
    }
}
