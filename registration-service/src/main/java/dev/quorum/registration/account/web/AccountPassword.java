package dev.quorum.registration.account.web;

import dev.quorum.platform.validation.MaxUtf8Bytes;
import dev.quorum.registration.account.domain.Account;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The password of a new account: at least 10 characters, and no more than bcrypt takes (72 bytes
 * of UTF-8; above that it throws). One rule wherever a password is set, so no endpoint that hashes
 * one can forget the byte limit. Each broken part is reported on its own, naming the field.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@NotBlank
@Size(min = 10, max = 200)
@MaxUtf8Bytes(Account.MAX_PASSWORD_BYTES)
public @interface AccountPassword {
    String message() default "must be a valid password";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
