package dev.quorum.registration.delegate.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time access codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 59 bits of entropy, so a fast hash is enough to store them and look them up (unlike passwords,
 * they cannot be guessed from a dictionary). Typed codes are normalized: case and dashes ignored.
 */
public final class AccessCodes {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 12;

    private final SecureRandom random;

    public AccessCodes(SecureRandom random) {
        this.random = random;
    }

    /** A new code, shown in three groups of four, e.g. {@code K7QM-3HWP-9TRA}. */
    public String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String hash(String code) {
        String normalized = code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
