package dev.quorum.gateway.resilience;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A circuit breaker gave up on a backend call. Carries the original failure so the error handler
 * can still tell a timeout (504) or an oversize body (413) from an unreachable service (503).
 */
public class BackendUnavailableException extends ResponseStatusException {

    public BackendUnavailableException(String service, Throwable failure) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "The " + service + " service is unavailable", failure);
    }
}
