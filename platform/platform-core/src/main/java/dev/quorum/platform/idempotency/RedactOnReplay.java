package dev.quorum.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method whose answer carries a secret meant to be shown once (a one-time access
 * code). The {@code Idempotency-Key} filter stores its answer without these top-level JSON fields,
 * so the secret never rests in the idempotency store; a replay answers the same status and body
 * without them, and names them in the {@code Idempotent-Replayed-Without} header so that the client
 * knows to ask for a new secret.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RedactOnReplay {
    /** The top-level JSON fields of the response body that hold the secret. */
    String[] value();
}
