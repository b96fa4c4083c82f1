package dev.quorum.registration.conference.web;

import dev.quorum.registration.conference.domain.Conference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A conference as the API shows it. */
public record ConferenceResponse(
        String id,
        long version,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String venue,
        String status,
        Instant createdAt,
        List<Window> registrationWindows,
        Integer capacity,
        Fees fees,
        int maxPreferences,

        @Schema(description = "Most delegates one application may ask for: the setting, or its default")
        int maxDelegatesPerApplication) {

    /** An application window. */
    public record Window(Instant opensAt, Instant closesAt) {}

    /** Fees per school and per delegate. */
    public record Fees(String currency, BigDecimal perSchool, BigDecimal perDelegate) {}

    static ConferenceResponse of(Conference c) {
        return new ConferenceResponse(
                c.id().value(),
                c.version(),
                c.name(),
                c.startDate(),
                c.endDate(),
                c.timeZone().getId(),
                c.venue(),
                c.status().name(),
                c.createdAt(),
                c.terms().windows().stream()
                        .map(w -> new Window(w.opensAt(), w.closesAt()))
                        .toList(),
                c.terms().capacity().orElse(null),
                c.terms()
                        .fees()
                        .map(f -> new Fees(f.currency(), f.perSchool(), f.perDelegate()))
                        .orElse(null),
                c.terms().maxPreferences(),
                c.terms().delegatesPerApplicationLimit());
    }
}
