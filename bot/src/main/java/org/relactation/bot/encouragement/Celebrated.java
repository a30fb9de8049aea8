package org.relactation.bot.encouragement;

import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * What was celebrated with one parent (one document per parent in {@code milestones}).
 *
 * @param once              codes of the once-ever milestones celebrated
 * @param milkRecordDay     the local day (ISO date) the latest milk record was celebrated, or null
 * @param supplementRecordDay the same for the lowest-supplement record
 * @param v                 the document's version, moved on by every claim (null before the first claim; documents
 *                          written before versions existed read as null too and are matched by their missing field)
 */
public record Celebrated(@BsonId long userId, List<String> once, String milkRecordDay, String supplementRecordDay,
                         Long v) {
    public Celebrated {
        once = once == null ? List.of() : List.copyOf(once);
    }

    static Celebrated none(long userId) {
        return new Celebrated(userId, List.of(), null, null, null);
    }

    /** The day the record was last celebrated, or null. */
    String recordDay(Milestone record) {
        return record == Milestone.MILK_RECORD ? milkRecordDay : supplementRecordDay;
    }
}
