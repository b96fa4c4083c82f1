package dev.quorum.voting.vote.persistence;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.rules.domain.Decision;
import dev.quorum.voting.rules.domain.Outcome;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.domain.ClosedBy;
import dev.quorum.voting.vote.domain.Counts;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Subject;
import dev.quorum.voting.vote.domain.SubjectType;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import dev.quorum.voting.vote.domain.VoteStatus;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The vote document. A seat's counted ballot is kept under {@code cast.s<index>} (its position in
 * {@code seats}): seat ids are not safe as field names, positions are.
 */
final class VoteDocuments {
    static final String CAST = "cast";
    static final String COUNTS = "counts";

    private VoteDocuments() {}

    static String castField(int seatIndex) {
        return CAST + ".s" + seatIndex;
    }

    static String countField(Choice choice) {
        return COUNTS + "." + choice.name().toLowerCase(java.util.Locale.ROOT);
    }

    static Document toDocument(Vote v) {
        return new Document("_id", v.id())
                .append("committeeId", v.committeeId())
                .append("conferenceId", v.conferenceId())
                .append("sessionId", v.sessionId())
                .append(
                        "subject",
                        new Document("type", v.subject().type().name())
                                .append("id", v.subject().id())
                                .append("title", v.subject().title()))
                .append("kind", v.kind().name())
                .append("method", v.method().name())
                .append("secret", v.secret())
                .append("rule", RuleDocuments.toDocument(v.rule()))
                .append(
                        "seats",
                        v.seats().stream()
                                .map(s -> new Document("seatId", s.seatId())
                                        .append("name", s.name())
                                        .append("kind", s.kind().name())
                                        .append("attendance", s.attendance().name()))
                                .toList())
                .append("status", v.status().name())
                .append(
                        COUNTS,
                        new Document("yes", 0)
                                .append("no", 0)
                                .append("abstain", 0)
                                .append("pass", 0))
                .append(CAST, new Document())
                .append("openedAt", Date.from(v.openedAt()));
    }

    static Document ballot(SeatBallot b) {
        return new Document("choice", b.choice().name())
                .append("withRights", b.withRights())
                .append("revision", b.revision())
                .append("passed", b.passed());
    }

    static SeatBallot ballot(Document d) {
        return new SeatBallot(
                Choice.valueOf(d.getString("choice")),
                d.getBoolean("withRights", false),
                d.getInteger("revision"),
                d.getBoolean("passed", false));
    }

    static Document result(VoteResult r) {
        Decision d = r.decision();
        return new Document("outcome", d.outcome().name())
                .append("requiredYes", d.requiredYes())
                .append("explanation", d.explanation())
                .append("vetoedBy", d.vetoedBy())
                .append("counts", counts(r.counts()))
                .append("notVoting", r.notVoting())
                .append("closedAt", Date.from(r.closedAt()))
                .append("closedBy", r.closedBy().name());
    }

    static Vote toVote(Document d) {
        return withState(fixedParts(d), d);
    }

    /**
     * The parts of a vote that never change once it is open (everything but its status, counts,
     * per-seat record, result and version), with no ballot counted.
     */
    static Vote fixedParts(Document d) {
        List<EligibleSeat> seats = d.getList("seats", Document.class).stream()
                .map(s -> new EligibleSeat(
                        s.getString("seatId"),
                        s.getString("name"),
                        SeatKind.valueOf(s.getString("kind")),
                        Attendance.valueOf(s.getString("attendance"))))
                .toList();
        Document subject = d.get("subject", Document.class);
        return new Vote(
                d.getString("_id"),
                d.getString("committeeId"),
                d.getString("conferenceId"),
                d.getString("sessionId"),
                new Subject(
                        SubjectType.valueOf(subject.getString("type")),
                        subject.getString("id"),
                        subject.getString("title")),
                VoteKind.valueOf(d.getString("kind")),
                VoteMethod.valueOf(d.getString("method")),
                d.getBoolean("secret", false),
                RuleDocuments.toRule(d.get("rule", Document.class)),
                seats,
                VoteStatus.OPEN,
                Counts.NONE,
                Map.of(),
                Optional.empty(),
                d.getDate("openedAt").toInstant(),
                0);
    }

    /**
     * The vote {@code fixed} with the changing state stored in {@code d}, which may hold only some
     * seats' ballots (a projection): the per-seat record then holds only those.
     */
    static Vote withState(Vote fixed, Document d) {
        Map<String, SeatBallot> ballots = new HashMap<>();
        Document cast = d.get(CAST, Document.class);
        if (cast != null) {
            cast.forEach((field, value) -> {
                int index = Integer.parseInt(field.substring(1));
                ballots.put(fixed.seats().get(index).seatId(), ballot((Document) value));
            });
        }
        return new Vote(
                fixed.id(),
                fixed.committeeId(),
                fixed.conferenceId(),
                fixed.sessionId(),
                fixed.subject(),
                fixed.kind(),
                fixed.method(),
                fixed.secret(),
                fixed.rule(),
                fixed.seats(),
                VoteStatus.valueOf(d.getString("status")),
                counts(d.get(COUNTS, Document.class)),
                ballots,
                Optional.ofNullable(d.get("result", Document.class)).map(VoteDocuments::toResult),
                fixed.openedAt(),
                ((Number) d.get("version")).longValue());
    }

    private static VoteResult toResult(Document r) {
        return new VoteResult(
                new Decision(
                        Outcome.valueOf(r.getString("outcome")),
                        r.getInteger("requiredYes"),
                        r.getString("explanation"),
                        r.getList("vetoedBy", String.class, List.of())),
                counts(r.get("counts", Document.class)),
                r.getInteger("notVoting"),
                r.getDate("closedAt").toInstant(),
                ClosedBy.valueOf(r.getString("closedBy")));
    }

    private static Document counts(Counts c) {
        return new Document("yes", c.yes())
                .append("no", c.no())
                .append("abstain", c.abstain())
                .append("pass", c.pass());
    }

    private static Counts counts(Document d) {
        return new Counts(d.getInteger("yes"), d.getInteger("no"), d.getInteger("abstain"), d.getInteger("pass"));
    }
}
