package dev.quorum.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body grew past the configured cap while it streamed to a backend. */
public class RequestBodyTooLargeException extends ResponseStatusException {
    private final long maxBytes;

    public RequestBodyTooLargeException(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "Request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
