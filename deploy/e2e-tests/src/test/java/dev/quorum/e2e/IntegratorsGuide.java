package dev.quorum.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runnable part of {@code docs/integrators.md}: its fenced blocks whose info string is
 * {@code bash test}, in order. Blocks marked plain {@code bash} are shown to readers but not run.
 */
final class IntegratorsGuide {
    static final Path FILE = Path.of("..", "..", "docs", "integrators.md");

    private IntegratorsGuide() {}

    static List<String> testedBlocks() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines) {
            if (block == null && line.strip().equals("```bash test")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        if (block != null) {
            throw new IllegalStateException("An unterminated ```bash test block in " + FILE);
        }
        return blocks;
    }

    /** One script: stop at the first failing command, as a reader pasting the blocks would notice. */
    static String script() {
        return "set -euo pipefail\n" + String.join("\n", testedBlocks());
    }
}
