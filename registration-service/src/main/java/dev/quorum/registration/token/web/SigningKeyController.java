package dev.quorum.registration.token.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.token.application.SigningKeys;
import dev.quorum.registration.token.domain.KeyRing;
import dev.quorum.registration.token.domain.KeyState;
import dev.quorum.registration.token.domain.RingKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Key rotation for the Secretariat of the deployment: the keys' states, and a new key on request. */
@RestController
@Tag(name = "Authentication")
class SigningKeyController {
    private final SigningKeys keys;
    private final Clock clock;

    SigningKeyController(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @GetMapping("/api/auth/signing-keys")
    @Operation(
            summary = "The signing keys and their states",
            description = "Key ids only, never key material. For the Secretariat of every conference; 403 otherwise.")
    @ProblemResponse(status = 403, description = "The caller is not the Secretariat of the deployment.")
    List<SigningKeyView> list(@AuthenticationPrincipal Jwt caller) {
        requireDeploymentSecretariat(caller);
        KeyRing ring = keys.ring();
        Instant now = clock.instant();
        return ring.keys().stream()
                .map(key -> SigningKeyView.of(key, ring.stateOf(key, now)))
                .toList();
    }

    @PostMapping("/api/auth/signing-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Rotate: a new signing key",
            description = "The new key is published in the JWKS at once and signs after "
                    + "quorum.tokens.keys.publication-lead (10 min by default); the key it replaces keeps "
                    + "verifying until the tokens it signed have expired. No token is invalidated. For the "
                    + "Secretariat of every conference; 403 otherwise.")
    @ProblemResponse(status = 403, description = "The caller is not the Secretariat of the deployment.")
    SigningKeyView rotate(@AuthenticationPrincipal Jwt caller) {
        requireDeploymentSecretariat(caller);
        RingKey created = keys.rotate();
        return SigningKeyView.of(created, keys.ring().stateOf(created, clock.instant()));
    }

    private static void requireDeploymentSecretariat(Jwt caller) {
        if (!QuorumPrincipal.from(caller).administersAllConferences()) {
            throw new ForbiddenException("Only the Secretariat of every conference manages signing keys.");
        }
    }

    /** A key as the Secretariat sees it: no key material. */
    record SigningKeyView(String kid, long generation, KeyState state, Instant activatesAt) {
        static SigningKeyView of(RingKey key, KeyState state) {
            return new SigningKeyView(key.kid(), key.generation(), state, key.activatesAt());
        }
    }
}
