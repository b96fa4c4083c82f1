package dev.quorum.registration.preference.web;

import dev.quorum.registration.preference.domain.Choice;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** A school's whole ranking, most wanted first; it replaces the one stored. */
public record PreferencesRequest(
        @Schema(
                description =
                        "Most wanted first; at most the conference's maxPreferences (10 unless it says otherwise)")
        @NotNull
        @Size(max = MOST_CHOICES)
        List<@NotNull @Valid ChoiceRequest> choices) {

    /** The highest limit a conference may set ({@code maxPreferences} is 1 to 50); its own limit is checked later. */
    static final int MOST_CHOICES = 50;

    /** A committee, and in it a seat; without {@code seatId}, any seat of that committee. */
    public record ChoiceRequest(
            @NotBlank @Size(max = 64) String committeeId,

            @Schema(description = "A seat of that committee; leave out for any seat of it") @Size(min = 1, max = 64)
            String seatId) {}

    List<Choice> toChoices() {
        return choices.stream()
                .map(c -> new Choice(c.committeeId(), Optional.ofNullable(c.seatId())))
                .toList();
    }
}
