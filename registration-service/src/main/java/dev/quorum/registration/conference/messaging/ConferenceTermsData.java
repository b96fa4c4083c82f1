package dev.quorum.registration.conference.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.quorum.registration.conference.domain.RegistrationTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** How schools register, as conference events carry it. */
public record ConferenceTermsData(
        List<Window> registrationWindows,
        Integer capacity,
        FeesData fees,
        int maxPreferences,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxDelegatesPerApplication) {

    /** Terms as events published before the per-application limit carried them (ADR 31). */
    public ConferenceTermsData(List<Window> registrationWindows, Integer capacity, FeesData fees, int maxPreferences) {
        this(registrationWindows, capacity, fees, maxPreferences, null);
    }

    /** An application window, in UTC. */
    public record Window(Instant opensAt, Instant closesAt) {}

    /** Fees in {@code currency}, decimal amounts. */
    public record FeesData(String currency, BigDecimal perSchool, BigDecimal perDelegate) {}

    static ConferenceTermsData of(RegistrationTerms terms) {
        return new ConferenceTermsData(
                terms.windows().stream()
                        .map(w -> new Window(w.opensAt(), w.closesAt()))
                        .toList(),
                terms.capacity().orElse(null),
                terms.fees()
                        .map(f -> new FeesData(f.currency(), f.perSchool(), f.perDelegate()))
                        .orElse(null),
                terms.maxPreferences(),
                terms.delegatesPerApplicationLimit());
    }
}
