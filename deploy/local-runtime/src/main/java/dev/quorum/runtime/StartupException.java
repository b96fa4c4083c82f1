package dev.quorum.runtime;

/** A problem the user can act on: its message is printed as is, without a stack trace. */
final class StartupException extends RuntimeException {

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
