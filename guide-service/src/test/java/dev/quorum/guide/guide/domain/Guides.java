package dev.quorum.guide.guide.domain;

import java.time.Instant;
import java.util.List;

/** Test data: small guides built in code, so domain tests need no importer. */
public final class Guides {
    public static final Instant T0 = Instant.parse("2025-10-01T09:00:00Z");

    private Guides() {}

    public static GuideContent content(Section... sections) {
        return new GuideContent(
                "ACIMUN'25",
                "SCO",
                "2022 Kazakhstan Protests",
                List.of(new Author("Ece Yiğit", "Under-Secretary-General")),
                List.of(new Letter("Letter from the Under-Secretary-General", "Welcome to the SCO!")),
                List.of(new KeyTerm("Mutiny", "An open rebellion against authority.")),
                List.of(sections),
                List.of(new Question(1, "How can the committee prevent escalation?")),
                List.of(new Reference(
                        "Doe, J. (2022). Protests. https://example.org/p",
                        "https://example.org/p",
                        null,
                        "Doe, J.",
                        "Protests")));
    }

    public static Guide guide(Section... sections) {
        return Guide.imported("g-1", "conf-1", "com-1", content(sections), T0);
    }

    public static Section section(String id, String title, int level, String markdown) {
        return new Section(id, title, level, markdown);
    }
}
