package dev.quorum.registration.school.web;

import dev.quorum.platform.validation.PlainText;
import dev.quorum.registration.account.web.AccountPassword;
import dev.quorum.registration.school.application.SchoolApplication;
import dev.quorum.registration.school.domain.School;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A school's application, sent by its faculty advisor without a token. */
public record ApplyRequest(
        @NotBlank @Size(max = 64) String conferenceId,

        @Schema(example = "Antalya Bilim College") @NotBlank @PlainText @Size(max = School.MAX_NAME_LENGTH)
        String name,

        @Schema(example = "Antalya") @PlainText @Size(max = 100)
        String city,

        @Schema(example = "Türkiye") @PlainText @Size(max = 100)
        String country,

        @Schema(example = "12") @NotNull @Min(1) @Max(School.MAX_DELEGATES)
        Integer requestedDelegates,

        @NotNull @Valid Contact contact,
        @NotNull @Valid Advisor advisor) {

    /** How the Secretariat reaches the advisor. */
    public record Contact(
            @NotBlank @PlainText @Size(max = 200) String advisorName,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "[+0-9 ()-]*") String phone) {}

    /**
     * The password of the account the advisor will sign in with. The service chooses the username
     * and answers it once (ADR 30); a client still sending one is told so rather than ignored, as
     * it would otherwise expect to sign in with a name that does not exist.
     */
    public record Advisor(
            @Schema(hidden = true) @Null(message = "is assigned by the service; leave it out")
            String username,

            @AccountPassword String password) {}

    SchoolApplication toApplication() {
        return new SchoolApplication(
                conferenceId,
                name,
                city,
                country,
                requestedDelegates,
                new School.Contact(contact.advisorName(), contact.email(), contact.phone()),
                advisor.password());
    }
}
