package dev.quorum.registration.token.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.problem.ProblemTypes;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.application.Authenticator;
import dev.quorum.registration.delegate.application.DelegateService;
import dev.quorum.registration.token.application.SigningKeys;
import dev.quorum.registration.token.application.TokenClaims;
import dev.quorum.registration.token.application.TokenIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Signing in: credentials for a token, and the public keys that verify tokens. */
@RestController
@Tag(name = "Authentication")
class TokenController {
    private static final String INVALID_CREDENTIALS = "Unknown username or wrong password.";

    private final Authenticator authenticator;
    private final TokenIssuer issuer;
    private final SigningKeys keys;
    private final DelegateService delegates;
    private final Clock clock;

    TokenController(
            Authenticator authenticator, TokenIssuer issuer, SigningKeys keys, DelegateService delegates, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
        this.issuer = issuer;
        this.keys = keys;
        this.delegates = delegates;
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Exchange credentials for an access token",
            description = "JSON {username, password} or {accessCode}. Answers 401 for wrong credentials, and 400 "
                    + "naming the parameters when credentials come in the query string (they would end up in "
                    + "access logs): credentials go in the body only.")
    @ProblemResponse(
            status = 401,
            description = "Unknown username or wrong password, or an unknown or used access code.")
    @ProblemResponse(status = 503, description = "Too many passwords are waiting to be checked; try again later.")
    @ProblemResponse(
            status = 429,
            description = "Too many failed sign-ins for this username (quorum.sign-in.max-failures): refused, "
                    + "with Retry-After, until the lockout (quorum.sign-in.lockout) ends.")
    ResponseEntity<?> tokenFromJson(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        CredentialsInQuery.refuse(http.getQueryString());
        return token(request);
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(
            summary = "Exchange credentials for an access token (form encoded)",
            description = "Form fields username and password, or accessCode, in the body; 400 for credentials in "
                    + "the query string.")
    @ProblemResponse(
            status = 401,
            description = "Unknown username or wrong password, or an unknown or used access code.")
    @ProblemResponse(status = 503, description = "Too many passwords are waiting to be checked; try again later.")
    @ProblemResponse(
            status = 429,
            description = "Too many failed sign-ins for this username (quorum.sign-in.max-failures): refused, "
                    + "with Retry-After, until the lockout (quorum.sign-in.lockout) ends.")
    ResponseEntity<?> tokenFromForm(@Valid @ModelAttribute TokenRequest request, HttpServletRequest http) {
        // @ModelAttribute binds query parameters too: refused before they could sign anyone in.
        CredentialsInQuery.refuse(http.getQueryString());
        return token(request);
    }

    @PostMapping(path = "/api/auth/refresh")
    @Operation(
            summary = "Exchange a delegate's valid token for a fresh one",
            description = "With the delegate's current (unexpired) token as bearer, no body. The new token carries the "
                    + "claims as they are now (the seat after seating or unseating) and lasts the usual lifetime. "
                    + "Works until quorum.tokens.max-session (4 days by default) after the delegate redeemed its "
                    + "access code, and only until its advisor issues a new code (which ends the session: the way to "
                    + "cut off a leaked token). 401 otherwise. Accounts (Secretariat, chairs, advisors) sign in again "
                    + "with their password instead: 403.")
    @ProblemResponse(status = 401, description = "The session has ended: sign in again.")
    @ProblemResponse(status = 403, description = "The token is not a delegate's: accounts sign in again.")
    ResponseEntity<?> refresh(@AuthenticationPrincipal Jwt current) {
        // Accounts have no session that could be ended short of deleting them; a stolen account
        // token must not outlive its hour. They sign in again with their password.
        if (!QuorumPrincipal.from(current).hasRole(Roles.DELEGATE)) {
            throw new ForbiddenException("Only delegate tokens are refreshed; sign in again with your password.");
        }
        Optional<TokenClaims> fresh =
                TokenIssuer.sessionOf(current).flatMap(session -> delegates.refresh(current.getSubject(), session));
        return fresh.flatMap(claims -> issuer.refresh(current, claims))
                .<ResponseEntity<?>>map(TokenController::answer)
                .orElseGet(() -> unauthorized("Session ended", "The session has ended; sign in again."));
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The public keys that verify Quorum tokens (JWKS)")
    Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject();
    }

    private ResponseEntity<?> token(TokenRequest request) {
        if (request.accessCode() != null) {
            return delegates
                    .redeem(request.accessCode())
                    .<ResponseEntity<?>>map(this::tokenFor)
                    .orElseGet(() -> unauthorized("Invalid credentials", INVALID_CREDENTIALS));
        }
        if (request.username() == null || request.username().isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw new InvalidInputException("password", "is required");
        }
        try {
            return authenticator
                    .authenticate(request.username(), request.password())
                    .<ResponseEntity<?>>map(account -> tokenFor(TokenClaims.of(account)))
                    .orElseGet(() -> unauthorized("Invalid credentials", INVALID_CREDENTIALS));
        } catch (Authenticator.SignInThrottled e) {
            return throttled(e.until());
        }
    }

    private ResponseEntity<TokenResponse> tokenFor(TokenClaims claims) {
        return answer(issuer.issue(claims));
    }

    private static ResponseEntity<TokenResponse> answer(TokenIssuer.IssuedToken token) {
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
    }

    private ResponseEntity<ProblemDetail> throttled(Instant until) {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins for this username; try again in " + seconds + " s.");
        problem.setType(ProblemTypes.RATE_LIMITED);
        problem.setTitle("Too many failed sign-ins");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(ProblemTypes.UNAUTHORIZED);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
