package dev.quorum.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error an endpoint's own rules can answer, which the platform cannot derive from the
 * operation's shape: a 403 for a role, a business 409, a 404 for a resource named in the query,
 * a 503 when a bounded queue is full. Documented with the Problem body next to the derived ones.
 * (springdoc's {@code @ApiResponse} would do it too, but it then drops the success response it
 * otherwise derives from the method.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {
    /** The HTTP status, 4xx or 5xx. */
    int status();

    /** When it happens, in the integrator's terms. */
    String description();
}
