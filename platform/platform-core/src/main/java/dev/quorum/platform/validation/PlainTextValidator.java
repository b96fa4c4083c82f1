package dev.quorum.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().allMatch(PlainTextValidator::isPlain);
    }

    private static boolean isPlain(int codePoint) {
        if (codePoint == ZERO_WIDTH_NON_JOINER || codePoint == ZERO_WIDTH_JOINER) {
            return true; // part of correct spelling in Persian, Indic scripts and emoji sequences
        }
        return switch (Character.getType(codePoint)) {
            // Cc: C0/C1 controls; Cf: bidi overrides, zero-width joiners and other invisible
            // formatting; Cs: lone surrogates; Cn: unassigned; Co: private use.
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
