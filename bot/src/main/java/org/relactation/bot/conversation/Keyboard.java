package org.relactation.bot.conversation;

import java.util.List;

/** Rows of inline buttons under a message. */
public record Keyboard(List<List<Button>> rows) {
    public static final Keyboard NONE = new Keyboard(List.of());

    public Keyboard {
        rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    public static Keyboard of(List<Button> row) {
        return new Keyboard(List.of(row));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Buttons in reading order, as the console numbers them. */
    public List<Button> buttons() {
        return rows.stream().flatMap(List::stream).toList();
    }
}
