package dev.quorum.voting.vote.persistence;

import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.MajorityBasis;
import org.bson.Document;

/** A decision rule as stored, in votes and in roll calls alike. */
public final class RuleDocuments {
    private RuleDocuments() {}

    public static Document toDocument(DecisionRule r) {
        return new Document("majority", r.majority().name())
                .append("basis", r.basis().name())
                .append("requiredYes", r.requiredYes())
                .append("abstentionsAllowed", r.abstentionsAllowed())
                .append("vetoApplies", r.vetoApplies())
                .append("changeAllowed", r.changeAllowed());
    }

    public static DecisionRule toRule(Document d) {
        return new DecisionRule(
                Majority.valueOf(d.getString("majority")),
                MajorityBasis.valueOf(d.getString("basis")),
                d.getInteger("requiredYes"),
                d.getBoolean("abstentionsAllowed"),
                d.getBoolean("vetoApplies"),
                d.getBoolean("changeAllowed"));
    }
}
