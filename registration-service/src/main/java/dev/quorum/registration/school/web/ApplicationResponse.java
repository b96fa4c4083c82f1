package dev.quorum.registration.school.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an application: the school, and once only the advisor's username (chosen by the
 * service, ADR 30) with a first access token as {@code POST /api/auth/token} would give it, so
 * that a front end need not sign in (and the service need not check the password) again.
 */
public record ApplicationResponse(@JsonUnwrapped SchoolResponse school, FirstSignIn advisor) {

    /** The advisor's account: its username for later sign-ins, and a token for now. */
    public record FirstSignIn(
            @Schema(example = "ayse.yilmaz.k3m9xq2p") String username,
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}
}
