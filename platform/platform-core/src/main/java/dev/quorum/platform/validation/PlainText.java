package dev.quorum.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text shown to people, such as a name: no control characters (NUL, line breaks, tabs), no
 * bidirectional controls (U+202E and kin, which make a name display as something else), no
 * unassigned code points or lone surrogates. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {
    String message() default "must not contain control, format or unassigned characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
