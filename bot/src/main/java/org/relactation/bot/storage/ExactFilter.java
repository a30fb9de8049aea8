package org.relactation.bot.storage;

import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A query filter of plain field values, {@code {_id: 5, v: 3}}, written as one flat document. The embedded
 * database answers a query from an index only when the query names exactly that index's fields with plain
 * values; the driver's {@code Filters.and(...)} becomes {@code $and}, which it answers by reading every document
 * of the collection. Stores that look up by several fields use this with a unique index on the same fields.
 */
public final class ExactFilter {
    private ExactFilter() {
    }

    /** @param fieldsAndValues field name, value, field name, value, ... */
    public static Bson of(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Field names and values come in pairs");
        }
        Document filter = new Document();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            filter.append((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return filter;
    }
}
