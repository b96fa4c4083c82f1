package dev.quorum.platform.problem;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An expected failure that the web layer turns into a problem response. Application services
 * throw the subclasses; they carry no Spring types so any ring may use them.
 */
public abstract class ApiProblemException extends RuntimeException {
    private final int status;
    private final URI type;
    private final String title;

    protected ApiProblemException(int status, URI type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /**
     * When the same request may succeed if repeated: answered as a {@code Retry-After} header, and
     * such answers are never recorded for {@code Idempotency-Key} replay. Empty for a lasting answer.
     */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
