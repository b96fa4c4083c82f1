package dev.quorum.guide.guide.application;

import dev.quorum.guide.committee.application.CommitteeCatalog;
import dev.quorum.guide.committee.domain.Committee;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.guide.guide.domain.GuideImporter;
import dev.quorum.guide.guide.domain.ImportResult;
import dev.quorum.guide.guide.domain.SourceFormat;
import dev.quorum.guide.guide.messaging.GuideIntegrationEvents;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.security.QuorumPrincipal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Imports a study guide's text as a new draft of a committee's guide. */
@Service
public class GuideImports {
    private final GuideAccess access;
    private final CommitteeCatalog committees;
    private final GuideRepository guides;
    private final GuideIntegrationEvents events;
    private final Clock clock;
    private final GuideImporter importer = new GuideImporter();

    public GuideImports(
            GuideAccess access,
            CommitteeCatalog committees,
            GuideRepository guides,
            GuideIntegrationEvents events,
            Clock clock) {
        this.access = access;
        this.committees = committees;
        this.guides = guides;
        this.events = events;
        this.clock = clock;
    }

    /** The draft and the importer's report of what it could not place or found doubtful. */
    public record Imported(Guide guide, dev.quorum.guide.guide.domain.ImportReport report) {}

    /**
     * Imports {@code body} (already bounded in size by the caller) as a new draft. Checks, in order:
     * the caller may edit the committee's guides, the committee is one of the conference's, the
     * body is non-empty UTF-8 text; nothing is stored unless all pass.
     */
    public Imported importGuide(
            QuorumPrincipal caller, String conferenceId, String committeeId, byte[] body, SourceFormat format) {
        access.requireEditor(caller, conferenceId, committeeId);
        Committee committee = committees
                .find(committeeId)
                .filter(c -> c.conferenceId().equals(conferenceId))
                .orElseThrow(() ->
                        new InvalidInputException("committeeId", "is not a committee of conference " + conferenceId));
        String text = text(body);
        ImportResult result = importer.importText(text, format);
        Guide guide = Guide.imported(
                UUID.randomUUID().toString(),
                conferenceId,
                committee.id(),
                result.guide(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        guides.insert(guide, List.of(events.imported(guide, result.report())));
        return new Imported(guide, result.report());
    }

    /** The body as text: UTF-8 only (strictly decoded), not blank, and no NUL (binary sent as text). */
    static String text(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "must be UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("body", "must be text, not binary data (it holds NUL characters)");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("body", "must not be empty");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
