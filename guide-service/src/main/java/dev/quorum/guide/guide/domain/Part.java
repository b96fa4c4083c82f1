package dev.quorum.guide.guide.domain;

import java.util.regex.Pattern;

/**
 * What a heading opens, recognised from the wording guides commonly use: a letter, the key terms,
 * the questions, the bibliography, or else a section of the body. Declared in the order a guide
 * without a known order of parts is written in.
 */
public enum Part {
    LETTER("(a )?(welcom(e|ing) )?letters? (from|of|by) .{1,100}"),
    KEY_TERMS("(definitions? of )?(key )?(terms?|words?)|glossary|definitions|terminology"),
    SECTION(null),
    QUESTIONS("(qarma|questions? (to be|that should be|a resolution (should|must)) (addressed|answered|cover)"
            + "|points a resolution (should|must) (cover|address)|questions a resolution (should|must) answer)"
            + "( qarma)?"),
    BIBLIOGRAPHY("bibliography|references|works cited|sources|further reading|citations");

    private final Pattern wording;

    Part(String wording) {
        this.wording = wording == null ? null : Pattern.compile(wording);
    }

    /** The part a heading with this title opens; titles no wording matches open sections. */
    static Part of(String title) {
        String folded = String.join(" ", GuideText.words(title));
        for (Part part : values()) {
            if (part.wording != null && part.wording.matcher(folded).matches()) {
                return part;
            }
        }
        return SECTION;
    }
}
