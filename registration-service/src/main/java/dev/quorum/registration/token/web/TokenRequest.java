package dev.quorum.registration.token.web;

import dev.quorum.platform.validation.MaxUtf8Bytes;
import dev.quorum.registration.account.domain.Account;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * Credentials: a username and password (Secretariat, chairs, advisors), or a delegate's one-time
 * access code.
 */
public record TokenRequest(
        @Schema(example = "secretariat") @Size(max = 100) String username,

        @Size(max = 200) @MaxUtf8Bytes(Account.MAX_PASSWORD_BYTES)
        String password,

        @Schema(description = "A delegate's one-time access code, instead of username and password") @Size(max = 64)
        String accessCode) {}
