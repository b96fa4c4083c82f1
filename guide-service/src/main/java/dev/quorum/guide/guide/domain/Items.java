package dev.quorum.guide.guide.domain;

import java.util.ArrayList;
import java.util.List;

/** Reads numbered or bulleted lists (questions, bibliography) into one text per item. */
final class Items {

    private Items() {}

    /**
     * When any line carries a list marker, markers start items and other lines continue the item
     * before them (a citation over several lines stays one entry). Without markers, each paragraph
     * is an item. Lines before the first item are unplaced when {@code leadingIsItem} is false.
     */
    static List<String> read(List<Block> body, boolean leadingIsItem, ImportLog log) {
        boolean marked = body.stream().flatMap(b -> b.lines().stream()).anyMatch(GuideText::hasMarker);
        List<String> items = new ArrayList<>();
        StringBuilder item = null;
        for (Block block : body) {
            if (!marked) {
                items.add(String.join(" ", block.lines()));
                continue;
            }
            for (String line : block.lines()) {
                if (GuideText.hasMarker(line) || item == null && leadingIsItem) {
                    if (item != null) {
                        items.add(item.toString());
                    }
                    item = new StringBuilder(GuideText.withoutMarker(line).strip());
                } else if (item != null) {
                    item.append(' ').append(line);
                } else {
                    log.unplaced(line);
                }
            }
        }
        if (item != null) {
            items.add(item.toString());
        }
        return items;
    }
}
