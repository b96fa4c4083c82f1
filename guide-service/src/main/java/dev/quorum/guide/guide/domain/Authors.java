package dev.quorum.guide.guide.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people and their roles: a role line with the name after it ("UNDER-SECRETARY-GENERAL:" then
 * "ECE YIGIT", or "Secretary-General: Jane Doe") on a title page, or a name above a role line in a
 * letter's signature.
 */
final class Authors {

    private static final Pattern ROLE =
            Pattern.compile("^(?i)(deputy[- ]?secretary[- ]general|under[- ]?secretary[- ]general|secretary[- ]general"
                    + "|academic assistant)s?\\b\\s{0,3}(:?)\\s{0,3}(.{0,80})$");

    private Authors() {}

    /** Adds the people the lines name to {@code authors}, once each (case and diacritics ignored). */
    static void find(List<String> allLines, List<Author> authors) {
        List<String> lines = allLines.stream().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher role = ROLE.matcher(lines.get(i));
            if (!role.matches()) {
                continue;
            }
            String canonical = canonical(role.group(1));
            if (!role.group(2).isEmpty() && isName(role.group(3))) {
                add(authors, new Author(role.group(3).strip(), canonical));
            } else if (!role.group(2).isEmpty()
                    && role.group(3).isBlank()
                    && i + 1 < lines.size()
                    && isName(lines.get(i + 1))) {
                add(authors, new Author(lines.get(i + 1).strip(), canonical));
            } else if (i > 0 && isName(lines.get(i - 1))) {
                add(authors, new Author(lines.get(i - 1).strip(), canonical));
            }
        }
    }

    private static String canonical(String role) {
        String folded = GuideText.fold(role).replaceAll("[- ]", "");
        if (folded.startsWith("deputy")) {
            return "Deputy Secretary-General";
        } else if (folded.startsWith("under")) {
            return "Under-Secretary-General";
        } else if (folded.startsWith("secretary")) {
            return "Secretary-General";
        }
        return "Academic Assistant";
    }

    /** Two to five capitalised words, no digits or sentence punctuation. */
    private static boolean isName(String line) {
        String name = line.strip();
        String[] words = name.split("\\s+");
        return words.length >= 2
                && words.length <= 5
                && name.length() <= 80
                && name.chars().noneMatch(c -> Character.isDigit(c) || ".,;:!?()@".indexOf(c) >= 0)
                && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)))
                && !ROLE.matcher(name).matches();
    }

    private static void add(List<Author> authors, Author author) {
        String key = GuideText.fold(author.name());
        for (int i = 0; i < authors.size(); i++) {
            Author known = authors.get(i);
            if (GuideText.fold(known.name()).equals(key)) {
                if (isCapitals(known.name()) && !isCapitals(author.name())) {
                    authors.set(i, new Author(author.name(), known.role())); // prefer the name as usually written
                }
                return;
            }
        }
        authors.add(author);
    }

    private static boolean isCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT));
    }
}
