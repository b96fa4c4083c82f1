package dev.quorum.committee.committee.persistence;

import dev.quorum.committee.committee.domain.Majority;
import dev.quorum.committee.committee.domain.MajorityBasis;
import dev.quorum.committee.committee.domain.MotionRule;
import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.Quorum;
import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.VoteRule;
import java.util.List;
import org.bson.Document;

/** A resolved rules profile as a committee document stores it: the sessions read it as it was set. */
final class ProfileDocuments {
    private ProfileDocuments() {}

    static Document toDocument(RulesProfile p) {
        return new Document("preset", p.preset())
                .append("quorumToDebate", quorum(p.quorumToDebate()))
                .append("quorumToVote", quorum(p.quorumToVote()))
                .append("procedural", rule(p.procedural()))
                .append("substantive", rule(p.substantive()))
                .append("nonStateActorsVote", p.nonStateActorsVote())
                .append("defaultSpeakingTimeSeconds", p.defaultSpeakingTimeSeconds())
                .append(
                        "motions",
                        p.motions().stream()
                                .map(m -> new Document("type", m.type().name()).append("rule", rule(m.rule())))
                                .toList());
    }

    static RulesProfile toProfile(Document d) {
        List<MotionRule> motions = d.getList("motions", Document.class).stream()
                .map(m -> new MotionRule(MotionType.valueOf(m.getString("type")), rule(m.get("rule", Document.class))))
                .toList();
        return new RulesProfile(
                d.getString("preset"),
                quorum(d.get("quorumToDebate", Document.class)),
                quorum(d.get("quorumToVote", Document.class)),
                rule(d.get("procedural", Document.class)),
                rule(d.get("substantive", Document.class)),
                d.getBoolean("nonStateActorsVote"),
                d.getInteger("defaultSpeakingTimeSeconds"),
                motions);
    }

    private static Document quorum(Quorum q) {
        return new Document("numerator", q.numerator())
                .append("denominator", q.denominator())
                .append("minimumCount", q.minimumCount());
    }

    private static Quorum quorum(Document d) {
        return new Quorum(d.getInteger("numerator"), d.getInteger("denominator"), d.getInteger("minimumCount"));
    }

    private static Document rule(VoteRule r) {
        return new Document("majority", r.majority().name())
                .append("basis", r.basis().name())
                .append("requiredYes", r.requiredYes())
                .append("abstentionsAllowed", r.abstentionsAllowed())
                .append("vetoApplies", r.vetoApplies())
                .append("changeAllowed", r.changeAllowed());
    }

    private static VoteRule rule(Document d) {
        return new VoteRule(
                Majority.valueOf(d.getString("majority")),
                MajorityBasis.valueOf(d.getString("basis")),
                d.getInteger("requiredYes"),
                d.getBoolean("abstentionsAllowed"),
                d.getBoolean("vetoApplies"),
                d.getBoolean("changeAllowed"));
    }
}
