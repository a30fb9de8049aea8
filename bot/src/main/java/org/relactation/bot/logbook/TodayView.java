package org.relactation.bot.logbook;

import org.bson.types.ObjectId;
import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The /today message: the parent's local day so far (sessions against the target, time, ml, longest gap, night,
 * supplement, nappies), then today's entries one a line, numbered, with a button each that opens it
 * ({@link EntryCard}), and the one-tap logging buttons. A long day is shown {@link #PAGE_SIZE} entries at a time,
 * the latest first shown, with buttons to the earlier and later ones: a page of short lines (notes cut to a few
 * words) stays far below Telegram's 4,096 characters and fits a phone screen.
 */
final class TodayView {
    /** Entries a page: with three buttons to a row, three rows of them. */
    static final int PAGE_SIZE = 9;
    private static final int PER_ROW = 3;
    /** The page that holds the latest entries. */
    static final int LAST = Integer.MAX_VALUE;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Logbook logbook;

    TodayView(Logbook logbook) {
        this.logbook = logbook;
    }

    /**
     * @param page  which page of entries ({@link #LAST} for the latest; beyond the last is the last)
     * @param above a line to put first ("Removed: ..."), or null
     */
    Logbook.Confirmation render(Turn turn, int page, String above) {
        return render(turn, logbook.todayWithEntries(turn), page, above);
    }

    /** The page that holds the entry with this id today, or the latest page if it is not one of today's. */
    Logbook.Confirmation renderAround(Turn turn, ObjectId id, String above) {
        Logbook.Today today = logbook.todayWithEntries(turn);
        int page = LAST;
        for (int i = 0; i < today.entries().size(); i++) {
            if (today.entries().get(i).id().equals(id)) {
                page = i / PAGE_SIZE;
            }
        }
        return render(turn, today, page, above);
    }

    private Logbook.Confirmation render(Turn turn, Logbook.Today today, int page, String above) {
        Texts texts = turn.texts();
        DaySummary day = today.summary();
        List<String> lines = new ArrayList<>();
        if (above != null) {
            lines.add(above);
            lines.add("");
        }
        lines.add(texts.get("logbook.today.title", Map.of("date", LocalFormat.of(texts).date(day.day()))));
        if (today.entries().isEmpty()) {
            lines.add(texts.get("logbook.today.empty"));
            return new Logbook.Confirmation(String.join("\n", lines), Keyboard.of(QuickLogButtons.row(texts)));
        }
        summary(texts, day, lines);

        List<Entry> entries = today.entries();
        int pages = (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        int from = shown * PAGE_SIZE;
        int to = Math.min(entries.size(), from + PAGE_SIZE);
        lines.add("");
        lines.add(pages == 1 ? texts.get("logbook.entries.title")
                : texts.get("logbook.entries.title_page", Map.of("from", from + 1, "to", to,
                "count", entries.size())));
        ZoneId zone = logbook.zone(turn.user());
        List<Button> buttons = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Entry entry = entries.get(i);
            lines.add(EntryText.line(i + 1, entry, texts, zone));
            buttons.add(new Button(texts.get("logbook.entries.button", Map.of("number", i + 1,
                    "time", ZonedDateTime.ofInstant(entry.at(), zone).format(CLOCK))),
                    EntryCard.data("o", entry, null)));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += PER_ROW) {
            rows.add(buttons.subList(i, Math.min(buttons.size(), i + PER_ROW)));
        }
        List<Button> turnPage = new ArrayList<>();
        if (shown > 0) {
            turnPage.add(new Button(texts.get("logbook.entries.earlier"), pageData(shown - 1)));
        }
        if (shown < pages - 1) {
            turnPage.add(new Button(texts.get("logbook.entries.later"), pageData(shown + 1)));
        }
        rows.add(turnPage);
        rows.add(QuickLogButtons.row(texts));
        return new Logbook.Confirmation(String.join("\n", lines), new Keyboard(rows));
    }

    private static void summary(Texts texts, DaySummary today, List<String> lines) {
        lines.add(texts.get("logbook.today.sessions", Map.of("count", today.sessions(), "target", today.target())));
        if (today.minutes() > 0) {
            lines.add(texts.get("logbook.today.minutes", Map.of("minutes", today.minutes())));
        }
        if (today.mlExpressed() > 0) {
            lines.add(texts.get("logbook.today.expressed", Map.of("ml", today.mlExpressed())));
        }
        if (today.longestGap() != null) {
            lines.add(texts.get("logbook.today.gap", Map.of("gap", duration(texts, today.longestGap()))));
        }
        lines.add(texts.get(today.nightSession() ? "logbook.today.night_done" : "logbook.today.night_not_yet"));
        if (today.supplementMl() > 0) {
            lines.add(texts.get("logbook.today.supplement", Map.of("ml", today.supplementMl())));
        }
        if (today.wet() + today.dirty() > 0) {
            lines.add(texts.get("logbook.today.nappies", Map.of("wet", today.wet(), "dirty", today.dirty())));
        }
    }

    /** "le:p:3": a page of the list, of whatever day it is when pressed. */
    static String pageData(int page) {
        return LogButtons.CARD_PREFIX + ":p:" + page;
    }

    static String duration(Texts texts, Duration duration) {
        return texts.get("logbook.today.duration", Map.of("hours", duration.toHours(),
                "minutes", duration.toMinutesPart()));
    }
}
