package org.relactation.bot.encouragement;

import java.util.Map;

/** A milestone a log reached, with the numbers its text shows. */
public record Reached(Milestone milestone, Map<String, Object> values) {
    public Reached {
        values = Map.copyOf(values);
    }

    static Reached of(Milestone milestone) {
        return new Reached(milestone, Map.of());
    }
}
