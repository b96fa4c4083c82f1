package dev.quorum.registration.conference.persistence;

import dev.quorum.registration.conference.domain.Fees;
import dev.quorum.registration.conference.domain.RegistrationTerms;
import dev.quorum.registration.conference.domain.RegistrationWindow;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Registration terms as a sub-document of the conference (amounts as decimal strings, exact). */
final class TermsDocuments {
    private TermsDocuments() {}

    static Document toDocument(RegistrationTerms terms) {
        return new Document(
                        "windows",
                        terms.windows().stream()
                                .map(w -> new Document("opensAt", Date.from(w.opensAt()))
                                        .append("closesAt", Date.from(w.closesAt())))
                                .toList())
                .append("capacity", terms.capacity().orElse(null))
                .append(
                        "fees",
                        terms.fees()
                                .map(f -> new Document("currency", f.currency())
                                        .append("perSchool", f.perSchool().toPlainString())
                                        .append("perDelegate", f.perDelegate().toPlainString()))
                                .orElse(null))
                .append("maxPreferences", terms.maxPreferences())
                .append(
                        "maxDelegatesPerApplication",
                        terms.maxDelegatesPerApplication().orElse(null));
    }

    static RegistrationTerms toTerms(Document d) {
        if (d == null) {
            return RegistrationTerms.defaults();
        }
        List<RegistrationWindow> windows = d.getList("windows", Document.class, List.of()).stream()
                .map(w -> new RegistrationWindow(
                        w.getDate("opensAt").toInstant(), w.getDate("closesAt").toInstant()))
                .toList();
        Document fees = d.get("fees", Document.class);
        return new RegistrationTerms(
                windows,
                Optional.ofNullable(d.getInteger("capacity")),
                Optional.ofNullable(fees)
                        .map(f -> new Fees(
                                f.getString("currency"),
                                new BigDecimal(f.getString("perSchool")),
                                new BigDecimal(f.getString("perDelegate")))),
                d.getInteger("maxPreferences", RegistrationTerms.DEFAULT_MAX_PREFERENCES),
                Optional.ofNullable(d.getInteger("maxDelegatesPerApplication")));
    }
}
