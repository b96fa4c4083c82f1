package dev.quorum.guide.guide.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@code quorum.guide.GuidePublished.v1} on {@code guide.events}: an immutable edition of a guide
 * was published. Key: the conference id; subject: the guide id. The edition itself is read from
 * the store (it never changes), so the event stays small.
 */
public record GuidePublished(
        @NotBlank @Size(max = 64) String guideId,
        @NotBlank @Size(max = 64) String conferenceId,
        @NotBlank @Size(max = 64) String committeeId,
        @Min(1) int edition,
        @Min(1) long version,
        @NotBlank String title,
        @NotNull Instant publishedAt) {

    public static final String TYPE = "quorum.guide.GuidePublished.v1";
}
