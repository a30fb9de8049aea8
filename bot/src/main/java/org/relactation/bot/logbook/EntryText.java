package org.relactation.bot.logbook;

import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says in one short line what an entry is ("pumped · both sides · 15 min · 20 ml · at 14:30", "baby's weight ·
 * 4.2 kg · at 10:00").
 */
public final class EntryText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private EntryText() {
    }

    public static String describe(Entry entry, Texts texts, ZoneId zone, Instant now) {
        List<String> parts = what(entry, texts);
        parts.add(when(entry.at(), texts, zone, now));
        if (entry.note() != null && !entry.note().isBlank()) {
            parts.add(texts.get("logbook.note", Map.of("note", entry.note())));
        }
        return String.join(texts.get("logbook.separator"), parts);
    }

    /**
     * One line of a day's list: its number, its clock time first (what a parent scans for), what it was, and the
     * start of the note: "2. 10:15 pumped · 35 ml (L 20, R 15) · “felt good”".
     */
    static String line(int number, Entry entry, Texts texts, ZoneId zone) {
        List<String> parts = what(entry, texts);
        if (entry.note() != null && !entry.note().isBlank()) {
            parts.add(texts.get("logbook.note", Map.of("note", shortened(entry.note().strip()))));
        }
        return texts.get("logbook.entries.line", Map.of("number", number,
                "time", ZonedDateTime.ofInstant(entry.at(), zone).format(CLOCK),
                "what", String.join(texts.get("logbook.separator"), parts)));
    }

    /** Notes in a list are cut to this, so that a day of long notes still fits one message. */
    static final int LIST_NOTE_CHARS = 32;

    /** The note's first words, cut at a space when there is one not too far back, with "…" when cut. */
    private static String shortened(String note) {
        if (note.length() <= LIST_NOTE_CHARS) {
            return note;
        }
        int cut = LIST_NOTE_CHARS - 1;
        int space = note.lastIndexOf(' ', cut);
        if (space > LIST_NOTE_CHARS / 2) {
            cut = space;
        } else if (Character.isHighSurrogate(note.charAt(cut - 1))) {
            cut--;
        }
        return note.substring(0, cut).stripTrailing() + "…";
    }

    /** What an entry is and its amounts, without its time or note. */
    private static List<String> what(Entry entry, Texts texts) {
        List<String> parts = new ArrayList<>();
        switch (entry.kind()) {
            case SESSION -> {
                parts.add(texts.get("logbook.method." + lower(entry.method())));
                if (entry.side() != null) {
                    parts.add(texts.get("logbook.side." + lower(entry.side())));
                }
                if (entry.minutes() != null) {
                    parts.add(entry.minutesBySide() ? texts.get("logbook.minutes_by_side", Map.of("minutes",
                            entry.minutes(), "left", entry.leftMinutes(), "right", entry.rightMinutes()))
                            : texts.get("logbook.minutes", Map.of("minutes", entry.minutes())));
                }
                if (entry.ml() != null) {
                    parts.add(entry.mlBySide() ? texts.get("logbook.ml_by_side", Map.of("ml", entry.ml(),
                            "left", entry.leftMl(), "right", entry.rightMl()))
                            : texts.get("logbook.ml", Map.of("ml", entry.ml())));
                }
            }
            case SUPPLEMENT -> {
                parts.add(texts.get("logbook.supplement." + lower(entry.supplement() == null
                        ? Supplement.OTHER : entry.supplement())));
                if (entry.ml() != null) {
                    parts.add(texts.get("logbook.ml", Map.of("ml", entry.ml())));
                }
            }
            case NAPPIES -> {
                List<String> counts = new ArrayList<>();
                if (entry.wet() != null) {
                    counts.add(texts.get("logbook.nappies.wet", Map.of("count", entry.wet())));
                }
                if (entry.dirty() != null) {
                    counts.add(texts.get("logbook.nappies.dirty", Map.of("count", entry.dirty())));
                }
                parts.add(texts.get("logbook.nappies.label") + (counts.isEmpty() ? "" : " " + String.join(", ", counts)));
            }
            case WEIGHT -> {
                parts.add(texts.get("logbook.weight.label"));
                if (entry.grams() != null) {
                    parts.add(weight(entry.grams(), entry.weightUnit(), texts));
                }
            }
        }
        return parts;
    }

    /**
     * A weight in the unit it was given in, as the parent's language writes numbers: "4.2 kg", "4.235 kg", "3,900 g",
     * "12 lb 4 oz" (to the nearest ounce); kilograms when the unit is not known.
     */
    public static String weight(int grams, WeightUnit unit, Texts texts) {
        LocalFormat format = LocalFormat.of(texts);
        if (unit == WeightUnit.LB) {
            long ounces = Math.round(grams / WeightUnit.GRAMS_PER_OUNCE);
            return texts.get("logbook.weight.lb", Map.of("lb", format.number(ounces / 16), "oz",
                    format.number(ounces % 16)));
        }
        if (unit == WeightUnit.G) {
            return texts.get("logbook.weight.g", Map.of("g", format.number(grams)));
        }
        return texts.get("logbook.weight.kg", Map.of("kg", format.decimal(grams / 1000.0, 3)));
    }

    /**
     * A change of weight, signed, in the smaller unit of the way it was given: "+180 g", "-40 g", "+6 oz", "+1 lb
     * 2 oz"; no change at all is the caller's to say.
     */
    public static String change(int grams, WeightUnit unit, Texts texts) {
        int size = Math.abs(grams);
        String amount = unit == WeightUnit.LB
                ? (Math.round(size / WeightUnit.GRAMS_PER_OUNCE) >= 16 ? weight(size, unit, texts)
                : texts.get("logbook.weight.oz", Map.of("oz", LocalFormat.of(texts)
                .number(Math.round(size / WeightUnit.GRAMS_PER_OUNCE)))))
                : texts.get("logbook.weight.g", Map.of("g", LocalFormat.of(texts).number(size)));
        return texts.get(grams >= 0 ? "logbook.weight.more" : "logbook.weight.less", Map.of("amount", amount));
    }

    static String when(Instant at, Texts texts, ZoneId zone, Instant now) {
        ZonedDateTime local = ZonedDateTime.ofInstant(at, zone);
        LocalDate today = ZonedDateTime.ofInstant(now, zone).toLocalDate();
        String time = local.format(CLOCK);
        if (local.toLocalDate().equals(today)) {
            return texts.get("logbook.at", Map.of("time", time));
        }
        if (local.toLocalDate().equals(today.minusDays(1))) {
            return texts.get("logbook.yesterday_at", Map.of("time", time));
        }
        return texts.get("logbook.day_at", Map.of("day", LocalFormat.of(texts).weekday(local.toLocalDate()),
                "time", time));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
