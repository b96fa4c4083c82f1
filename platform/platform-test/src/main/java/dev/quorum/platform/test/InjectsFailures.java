package dev.quorum.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class breaks the service on purpose (a store that throws mid-operation), so the 500
 * answers it causes are expected: {@link OpenApiConformanceExtension} does not hold them against
 * the OpenAPI document, which lists only the errors a working service gives. Every other answer is
 * still checked.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InjectsFailures {}
