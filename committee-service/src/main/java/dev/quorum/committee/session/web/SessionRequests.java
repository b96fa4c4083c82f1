package dev.quorum.committee.session.web;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.session.domain.Attendance;
import dev.quorum.committee.session.domain.MotionDecision;
import dev.quorum.committee.session.domain.PointType;
import dev.quorum.committee.session.domain.YieldTarget;
import dev.quorum.platform.validation.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the session endpoints; every field bounded. */
final class SessionRequests {
    static final int ID = 64;

    private SessionRequests() {}

    /** Roll-call answers, or late arrivals: seats not named keep their attendance. */
    record RollCall(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Entry> entries) {
        record Entry(
                @NotBlank @Size(max = ID) String seatId,
                @NotNull Attendance attendance) {}
    }

    record SpeakerEntry(@NotBlank @Size(max = ID) String seatId) {}

    /** The seats on the list in use, in their new order. */
    record Reorder(@NotNull @Size(max = 500) List<@NotBlank @Size(max = ID) String> queue) {}

    /** {@code seatId} only with {@code to: DELEGATE}. */
    record Yield(@NotNull YieldTarget to, @Size(max = ID) String seatId) {}

    record RaiseMotion(
            @NotNull MotionType type,
            @NotBlank @Size(max = ID) String seatId,

            @Schema(description = "Caucuses only: total time.", example = "600") @Min(60) @Max(7200)
            Integer durationSeconds,

            @Schema(description = "Moderated caucus or set speaking time: per speaker.", example = "60")
            @Min(10)
            @Max(1800)
            Integer speakingTimeSeconds,

            @Schema(example = "Regional security after January 2022") @PlainText @Size(min = 1, max = 200)
            String topic) {}

    record Decide(@NotNull MotionDecision decision) {}

    record RaisePoint(
            @NotNull PointType type,
            @NotBlank @Size(max = ID) String seatId,
            @PlainText @Size(max = 500) String text) {}

    record ResolvePoint(@PlainText @Size(max = 500) String ruling) {}
}
