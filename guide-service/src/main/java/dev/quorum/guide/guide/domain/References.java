package dev.quorum.guide.guide.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one citation: its URL, DOI, and authors and title where a common citation style shows them. */
final class References {

    private static final Pattern LINK_TARGET = Pattern.compile("]\\(((?:[^()\\s]|\\([^()\\s]{0,200}\\)){1,2000}+)\\)");
    private static final Pattern ANGLE_URL = Pattern.compile("<(https?://[^>\\s]{1,2000})>");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\\[\\]]{1,2000}");
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s<>\"\\]\\[]{1,300})");
    /** "Authors (2022). Title." and "Authors (2022): Title," */
    private static final Pattern YEAR_STYLE = Pattern.compile("^(.{2,400}?)\\s\\((\\d{4})[a-z]?\\)[.:]\\s{0,3}");
    /** "Authors. "Title." ..." */
    private static final Pattern QUOTED_TITLE =
            Pattern.compile("^([^\"“]{2,300}?)\\.\\s{1,3}[\"“]([^\"”]{2,400})[\"”]");

    private References() {}

    static Reference parse(String text, ImportLog log) {
        String url = first(LINK_TARGET, text);
        url = url != null ? url : first(ANGLE_URL, text);
        url = url != null ? url : trimEnd(first(BARE_URL, text));
        String doi = trimEnd(first(DOI, text));
        String authors = null;
        String title = null;
        Matcher year = YEAR_STYLE.matcher(text);
        Matcher quoted = QUOTED_TITLE.matcher(text);
        if (year.find()) {
            String before = year.group(1);
            // a citation may repeat its title before a "To cite this article:" label
            authors = before.substring(before.lastIndexOf(": ") + 1).strip();
            title = titleAfter(text.substring(year.end()));
        } else if (quoted.find()) {
            authors = quoted.group(1).strip();
            title = quoted.group(2).strip().replaceAll("[.,]$", "");
        }
        if (url == null && doi == null) {
            log.warn("REFERENCE_WITHOUT_URL_OR_DOI", "A bibliography entry has neither URL nor DOI", text);
        }
        return new Reference(text, url, doi, blankToNull(authors), blankToNull(title));
    }

    private static String titleAfter(String rest) {
        int end = rest.length();
        for (String stop : new String[] {". ", ", DOI", " DOI", "<", "http"}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end).strip().replaceAll("[.,;:]$", "");
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1 <= matcher.groupCount() ? 1 : 0) : null;
    }

    private static String trimEnd(String value) {
        return value == null ? null : value.replaceAll("[.,;:)]+$", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
