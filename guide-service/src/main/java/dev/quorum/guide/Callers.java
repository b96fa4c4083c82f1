package dev.quorum.guide;

import dev.quorum.platform.security.QuorumPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller of an endpoint that also answers without a token (published guides of a conference
 * that opened them): no token is a principal with no roles and no conferences.
 */
public final class Callers {
    private Callers() {}

    public static QuorumPrincipal of(Jwt jwt) {
        return jwt == null
                ? new QuorumPrincipal(
                        "anonymous", "anonymous", List.of(), List.of(), Optional.empty(), List.of(), Optional.empty())
                : QuorumPrincipal.from(jwt);
    }
}
