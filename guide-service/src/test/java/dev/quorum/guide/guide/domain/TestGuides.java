package dev.quorum.guide.guide.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The test guides under {@code src/test/resources/guides}, with the format each is written in. */
final class TestGuides {

    static final String SAMPLE = "study-guide-acimun25-sco.txt";
    static final String MARKDOWN = "disec-markdown.md";
    static final String ROMAN = "unhrc-roman.txt";
    static final String MULTILINE = "ecosoc-multiline.txt";

    private TestGuides() {}

    static String text(String name) {
        try (InputStream in = TestGuides.class.getResourceAsStream("/guides/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test guide " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFormat format(String name) {
        return name.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.PLAIN_TEXT;
    }

    static ImportResult importGuide(String name) {
        return new GuideImporter().importText(text(name), format(name));
    }

    /** Every test guide, for the invariants that hold on all of them. */
    static Stream<Arguments> all() {
        return List.of(SAMPLE, MARKDOWN, ROMAN, MULTILINE).stream().map(Arguments::of);
    }
}
