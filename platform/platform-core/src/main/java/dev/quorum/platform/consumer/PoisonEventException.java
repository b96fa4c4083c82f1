package dev.quorum.platform.consumer;

/**
 * An event that can never be applied (unreadable or invalid payload). It is not retried: the
 * error handler sends it straight to the dead-letter topic and the listener goes on.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}
