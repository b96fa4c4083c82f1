package dev.quorum.guide.guide.web;

import java.util.OptionalLong;

/** A draft's version as an HTTP entity tag, and back. */
final class Versions {
    private Versions() {}

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} names; empty when absent. A value that names no version of
     * ours (a weak tag, {@code *}, garbage) gives -1, which never matches: answered 412.
     */
    static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String tag = header.strip();
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return OptionalLong.of(-1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.of(-1);
        }
    }
}
