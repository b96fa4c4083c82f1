package dev.quorum.registration.account.domain;

import java.text.Normalizer;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The usernames the service gives advisors (ADR 30): readable, from the advisor's name, made
 * unique by a random suffix, so that an application never has to say that a name is taken.
 * The result always passes the account username rule ({@code [a-z0-9.-]}, 3 to 100 characters).
 */
public final class AdvisorUsernames {
    /** Letters that Unicode decomposition does not reduce to ASCII but a reader would. */
    private static final Map<Character, String> LETTERS =
            Map.of('ı', "i", 'ø', "o", 'ß', "ss", 'æ', "ae", 'œ', "oe", 'đ', "d", 'ł', "l", 'þ', "th", 'ð', "d");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final String SUFFIX_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** 8 of 31 symbols: about 40 bits, so a collision is rare and guessing one useless. */
    static final int SUFFIX_LENGTH = 8;

    static final int MAX_STEM_LENGTH = 40;

    private AdvisorUsernames() {}

    /** A new username for an advisor called {@code name}, with a fresh suffix drawn from {@code random}. */
    public static String forName(String name, RandomGenerator random) {
        StringBuilder username = new StringBuilder(stem(name)).append('.');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            username.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
        }
        return username.toString();
    }

    /**
     * The readable part: the name in the form usernames are compared in ({@link
     * Account#usernameKey}), accents removed, anything else but letters and digits turned into dots.
     */
    static String stem(String name) {
        String folded = Normalizer.normalize(Account.usernameKey(name), Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(folded.length());
        MARKS.matcher(folded)
                .replaceAll("")
                .chars()
                .forEach(c -> ascii.append(LETTERS.getOrDefault((char) c, Character.toString(c))));
        String stem = OTHER.matcher(ascii).replaceAll(".").replaceAll("^\\.+|\\.+$", "");
        if (stem.length() > MAX_STEM_LENGTH) {
            stem = stem.substring(0, MAX_STEM_LENGTH).replaceAll("\\.+$", "");
        }
        return stem.isEmpty() ? "advisor" : stem;
    }
}
