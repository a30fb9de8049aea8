package org.relactation.bot.encouragement;

import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * What was celebrated with one parent (one document per parent in {@code milestones}).
 *
 * @param once              codes of the once-ever milestones celebrated
 * @param milkRecordDay     the local day (ISO date) the latest milk record was celebrated, or null
 * @param supplementRecordDay the same for the lowest-supplement record
 */
public record Celebrated(@BsonId long userId, List<String> once, String milkRecordDay, String supplementRecordDay) {
    public Celebrated {
        once = once == null ? List.of() : List.copyOf(once);
    }
}
