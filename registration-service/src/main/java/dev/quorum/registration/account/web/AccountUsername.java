package dev.quorum.registration.account.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The username of a new account (advisor, chair, Secretariat member): one rule wherever accounts
 * are created. Each broken part is reported on its own, naming the field.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@NotBlank
@Size(min = 3, max = 100)
@Pattern(regexp = "[A-Za-z0-9._@-]+")
public @interface AccountUsername {
    String message() default "must be a valid username";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
