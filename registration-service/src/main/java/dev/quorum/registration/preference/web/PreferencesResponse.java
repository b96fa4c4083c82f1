package dev.quorum.registration.preference.web;

import dev.quorum.registration.preference.domain.SchoolPreferences;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A school's ranking, most wanted first.
 *
 * @param version how many times the ranking was set; 0 while the school has given none
 * @param updatedAt absent while the school has given none
 */
public record PreferencesResponse(String schoolId, long version, Instant updatedAt, List<ChoiceResponse> choices) {

    /** One choice; {@code seatId} is absent for "any seat of this committee". */
    public record ChoiceResponse(int rank, String committeeId, String seatId) {}

    static PreferencesResponse of(SchoolPreferences p) {
        return new PreferencesResponse(
                p.schoolId(),
                p.version(),
                p.updatedAt().orElse(null),
                IntStream.range(0, p.choices().size())
                        .mapToObj(i -> new ChoiceResponse(
                                i + 1,
                                p.choices().get(i).committeeId(),
                                p.choices().get(i).seatId().orElse(null)))
                        .toList());
    }
}
