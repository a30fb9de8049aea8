package org.relactation.bot.logbook;

import org.bson.types.ObjectId;
import org.relactation.bot.content.LocalFormat;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.DatabaseFault;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;

/**
 * The parent's log as the conversation sees it: storing a parsed entry, the one-line confirmation with its
 * fix buttons, and today's count. Shared by the text handler, the buttons and the commands of this package.
 */
public final class Logbook {
    static final String PREFIX = "lg";

    private final EntryStore entries;
    private final UserStore users;
    private final ZoneId defaultZone;
    private final List<SessionListener> sessionListeners = new CopyOnWriteArrayList<>();
    private final List<Applause> applause = new CopyOnWriteArrayList<>();
    private CardLink cards;

    /** The guide card about a baby's weight gain, a button away from every weight logged. */
    static final String WEIGHT_CARD = "weight_gain";

    /** A button that opens a guide card ({@code guidance}'s), or null when there is none. */
    public interface CardLink {
        Button button(Texts texts, String cardId);
    }

    /** Told about every newly stored session (reminders move the next one). */
    public interface SessionListener {
        void sessionLogged(UserProfile user, Instant at, Instant now);
    }

    /** Words added to the reply to a newly stored entry (milestones reached), one line each; none is fine. */
    public interface Applause {
        Applause NONE = new Applause() {
            @Override
            public int daysRead() {
                return 1;
            }

            @Override
            public List<String> after(UserProfile user, Texts texts, Entry entry, Instant now, List<DaySummary> days) {
                return List.of();
            }
        };

        /** How many local days (today last) it looks at: the reply reads them once, for its progress line too. */
        int daysRead();

        /**
         * @param days the last {@link #daysRead()} local days of the parent, oldest first, today last; all but the
         *             last {@link DayTotals#FULL_DAYS} carry totals only (no longest gap, no night session)
         */
        List<String> after(UserProfile user, Texts texts, Entry entry, Instant now, List<DaySummary> days);
    }

    public Logbook(EntryStore entries, UserStore users, ZoneId defaultZone) {
        this.entries = entries;
        this.users = users;
        this.defaultZone = defaultZone;
    }

    /** Adds a listener told about every newly stored session, after those added before. */
    public void onSession(SessionListener listener) {
        sessionListeners.add(listener);
    }

    /** Adds words to the reply to a newly stored entry, after those of the applause added before. */
    public void onStored(Applause words) {
        applause.add(words);
    }

    /** How to link a guide card from a confirmation: the weight-gain card under a weight. Given once. */
    public void linkCards(CardLink link) {
        if (cards != null) {
            throw new IllegalStateException("Logbook.linkCards is already set");
        }
        this.cards = link;
    }

    private Button cardButton(Texts texts, String cardId) {
        return cards == null ? null : cards.button(texts, cardId);
    }

    /** The amount or minutes buttons of an entry are open: a number typed now fixes it ({@link FollowUpHandler}). */
    void openFollowUp(Turn turn, String what, Entry entry, int messageId) {
        users.setFollowUp(turn.userId(), new UserProfile.FollowUp(what, entry.id().toHexString(), messageId,
                turn.inbound().at(), null));
    }

    /** A log was not saved for its time alone ("When was it?"): a time typed next completes {@code rest}. */
    void openTimeFollowUp(Turn turn, String rest) {
        users.setFollowUp(turn.userId(), new UserProfile.FollowUp(FollowUpHandler.TIME, null, 0, turn.inbound().at(),
                rest));
    }

    /** The open buttons were used or left: a number typed later is a new log again. */
    void closeFollowUp(Turn turn) {
        if (turn.user().followUp() != null) {
            users.clearFollowUp(turn.userId());
        }
    }

    public EntryStore entries() {
        return entries;
    }

    public ZoneId zone(UserProfile user) {
        return user.zone(defaultZone);
    }

    /**
     * The source of the entry number {@code index} (from 0) of one message: "u:&lt;update id&gt;" for the first, as
     * for a message of one entry, then "u:&lt;update id&gt;:2", "u:&lt;update id&gt;:3"...: a redelivered update
     * stores none of them twice.
     */
    static String source(long updateId, int index) {
        return "u:" + updateId + (index == 0 ? "" : ":" + (index + 1));
    }

    /** Stores the entries of one message, each once per update ({@link #source}), in order. */
    List<EntryStore.Saved> storeAll(Turn turn, List<LogEntryDraft> drafts) {
        List<EntryStore.Saved> saved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            saved.add(store(turn, drafts.get(i), source(turn.inbound().updateId(), i)));
        }
        return saved;
    }

    /**
     * The entries logged by the message that logged {@code entry}, itself included, in order: one for most
     * messages, several for "pumped at 1, 3 and 5". What Undo takes back.
     */
    List<Entry> sameMessage(long userId, Entry entry) {
        String source = entry.source() == null ? "" : entry.source();
        String[] parts = source.split(":");
        if (parts.length < 2 || parts.length > 3 || !"u".equals(parts[0]) || !parts[1].matches("\\d{1,19}")) {
            return List.of(entry);
        }
        String first = "u:" + parts[1];
        List<Entry> found = new ArrayList<>();
        entries.bySource(userId, first).ifPresent(found::add);
        for (int i = 1; i < LogLimits.MAX_AT_ONCE; i++) {
            Optional<Entry> next = entries.bySource(userId, first + ":" + (i + 1));
            if (next.isEmpty()) {
                break;
            }
            next.ifPresent(found::add);
        }
        if (found.stream().noneMatch(one -> one.id().equals(entry.id()))) {
            found.add(entry);
        }
        return List.copyOf(found);
    }

    /**
     * Removes {@code entry} and the other entries its message logged ({@link #sameMessage}), and says what went:
     * "Removed: ..." for one, a numbered list for several.
     */
    String undo(Turn turn, Entry entry) {
        List<Entry> all = sameMessage(turn.userId(), entry);
        String said = all.size() == 1
                ? turn.texts().get("logbook.undone", Map.of("what", EntryText.describe(entry, turn.texts(),
                        zone(turn.user()), turn.inbound().at())))
                : turn.texts().get("logbook.several.undone", Map.of("count", all.size())) + "\n" + list(turn, all);
        for (Entry one : all) {
            entries.delete(turn.userId(), one.id());
        }
        return said;
    }

    /** Stores a parsed entry once per source; "done" takes the parent's usual method. */
    EntryStore.Saved store(Turn turn, LogEntryDraft draft, String source) {
        Method method = draft.method();
        if (draft.kind() == EntryKind.SESSION) {
            if (method == null || method == Method.DEFAULT) {
                method = usualMethod(turn.user(), turn.inbound().at());
            } else if (!method.name().equals(turn.user().defaultMethod())) {
                users.setDefaultMethod(turn.userId(), method.name());
            }
        }
        Entry entry = new Entry(null, turn.userId(), source, draft.kind(), method, draft.side(), draft.minutes(),
                draft.ml(), draft.at(), draft.supplement(), draft.wet(), draft.dirty(), draft.note(),
                turn.inbound().at(), draft.leftMl(), draft.rightMl(), draft.leftMinutes(), draft.rightMinutes(),
                draft.grams(), draft.weightUnit());
        EntryStore.Saved saved = entries.add(entry);
        if (!saved.duplicate() && saved.entry().isSession()) {
            try {
                for (SessionListener listener : sessionListeners) {
                    listener.sessionLogged(turn.user(), saved.entry().at(), turn.inbound().at());
                }
            } catch (RuntimeException e) {
                // The entry is stored, so the parent must hear "logged", not "not saved"; a reminder left
                // where it was still checks for a recent session before it is sent.
                if (!DatabaseFault.isFault(e)) {
                    throw e;
                }
                LoggerFactory.getLogger(Logbook.class)
                        .warn("Next reminder not moved after a log: {}", e.getClass().getName());
            }
        }
        return saved;
    }

    /**
     * What "done" means for this parent: the method of most of her sessions of the last
     * {@value #USUAL_METHOD_DAYS} days (of the latest of them when two methods are as frequent), so one nursing
     * session among her pumping does not turn the next "done" into nursing. With no session in those days, the
     * method she last named, else pumping.
     */
    Method usualMethod(UserProfile user, Instant now) {
        Instant to = now.plusSeconds(1);
        List<Entry> recent = entries.between(user.userId(), to.minus(Duration.ofDays(USUAL_METHOD_DAYS)),
                to);
        Map<Method, Integer> counts = new EnumMap<>(Method.class);
        Method usual = null;
        for (Entry entry : recent) { // oldest first: on a tie, the later one wins
            if (entry.isSession() && entry.method() != null && entry.method() != Method.DEFAULT) {
                int count = counts.merge(entry.method(), 1, Integer::sum);
                if (usual == null || count >= counts.get(usual)) {
                    usual = entry.method();
                }
            }
        }
        return usual != null ? usual : lastNamedMethod(user);
    }

    /** The parent's sessions of this many last days decide what "done" means. */
    static final int USUAL_METHOD_DAYS = 7;

    private static Method lastNamedMethod(UserProfile user) {
        if (user.defaultMethod() != null) {
            try {
                return Method.valueOf(user.defaultMethod());
            } catch (IllegalArgumentException e) {
                return Method.PUMP;
            }
        }
        return Method.PUMP;
    }

    /** The confirmation of an entry with its Time / Minutes / Amount / Undo buttons, and today's count. */
    Confirmation confirmation(Turn turn, Entry entry, boolean already) {
        return confirmation(turn, entry, already, recentDays(turn, 1, false));
    }

    private Confirmation confirmation(Turn turn, Entry entry, boolean already, List<DaySummary> recent) {
        Texts texts = turn.texts();
        Instant now = turn.inbound().at();
        ZoneId zone = zone(turn.user());
        String what = EntryText.describe(entry, texts, zone, now);
        String text = texts.get(already ? "logbook.already" : "logbook.logged", Map.of("what", what));
        if (entry.kind() == EntryKind.WEIGHT) {
            String change = weightChange(turn, entry);
            text += change == null ? "" : "\n" + change;
        } else if (!recent.isEmpty()) {
            text += "\n" + progress(turn, recent.get(recent.size() - 1));
        }
        String id = entry.id().toHexString();
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(texts.get("logbook.buttons.time"), PREFIX + ":t:" + id));
        if (entry.kind() == EntryKind.SESSION) {
            buttons.add(new Button(texts.get("logbook.buttons.minutes"), PREFIX + ":m:" + id));
        }
        if (entry.kind() == EntryKind.SESSION || entry.kind() == EntryKind.SUPPLEMENT) {
            buttons.add(new Button(texts.get("logbook.buttons.amount"), PREFIX + ":a:" + id));
        }
        buttons.add(new Button(texts.get("logbook.buttons.undo"), PREFIX + ":u:" + id));
        Button card = entry.kind() == EntryKind.WEIGHT ? cardButton(texts, WEIGHT_CARD) : null;
        if (card != null) {
            buttons.add(card);
        }
        // Two to a row: four buttons on one line are too small for a thumb at 3 a.m.
        return new Confirmation(text, new Keyboard(List.of(buttons.subList(0, 2),
                buttons.subList(2, buttons.size()))));
    }

    /**
     * "That's +180 g since Dec 1, when it was 4.02 kg.": the change since the weight logged before this one, in the
     * unit this one was given in; null for a first weight, or if the database fails (the weight is stored: the parent
     * must still hear "logged"). Numbers only: what a change means is the weight-gain card's to say, and her
     * health visitor's.
     */
    private String weightChange(Turn turn, Entry entry) {
        Optional<Entry> before;
        try {
            before = entries.weightBefore(turn.userId(), entry.at());
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            return null;
        }
        if (before.isEmpty() || before.get().grams() == null || entry.grams() == null) {
            return null;
        }
        Texts texts = turn.texts();
        Entry previous = before.get();
        String date = LocalFormat.of(texts).dayMonth(previous.at().atZone(zone(turn.user())).toLocalDate());
        String was = EntryText.weight(previous.grams(), entry.weightUnit(), texts);
        int grams = entry.grams() - previous.grams();
        return grams == 0 ? texts.get("logbook.weight.same", Map.of("date", date, "previous", was))
                : texts.get("logbook.weight.change", Map.of("change",
                EntryText.change(grams, entry.weightUnit(), texts), "date", date, "previous", was));
    }

    /** The reply to a log just stored: its confirmation, plus any milestone it reached if it is new. */
    Action.Reply reply(Turn turn, EntryStore.Saved saved) {
        return fresh(turn, saved.entry(), saved.duplicate()).reply(turn.chatId());
    }

    /**
     * The reply to several entries stored from one message ("pumped at 1, 3 and 5"): one numbered line each, today's
     * count, any amount said once for them all that is on none of them, and a button per entry that opens it to
     * change or remove it ({@link EntryCard}) and one that takes them all back ({@code lg:U:<first id>}). A milestone
     * reached is said as for one entry.
     */
    Action.Reply reply(Turn turn, List<EntryStore.Saved> saved, Integer unsplitMinutes, Integer unsplitMl) {
        Texts texts = turn.texts();
        List<Entry> stored = saved.stream().map(EntryStore.Saved::entry).toList();
        boolean already = saved.stream().allMatch(EntryStore.Saved::duplicate);
        List<DaySummary> recent = already ? recentDays(turn, 1, false) : recentDays(turn, daysRead(), true);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(already ? "logbook.several.already" : "logbook.several.logged",
                Map.of("count", stored.size())));
        lines.add(list(turn, stored));
        if (!recent.isEmpty()) {
            lines.add(progress(turn, recent.get(recent.size() - 1)));
        }
        List<String> unsplit = new ArrayList<>();
        if (unsplitMinutes != null) {
            unsplit.add(texts.get("logbook.minutes", Map.of("minutes", unsplitMinutes)));
        }
        if (unsplitMl != null) {
            unsplit.add(texts.get("logbook.ml", Map.of("ml", unsplitMl)));
        }
        if (!unsplit.isEmpty()) {
            lines.add(texts.get("logbook.several.unsplit", Map.of("amount",
                    String.join(texts.get("logbook.separator"), unsplit))));
        }
        lines.add(texts.get("logbook.several.hint", Map.of("count", stored.size())));
        if (!already && !recent.isEmpty() && !turn.warned()) {
            List<String> cheers = cheers(turn, texts, stored.get(stored.size() - 1), recent);
            if (!cheers.isEmpty()) {
                lines.add("\n" + String.join("\n", cheers));
            }
        }
        ZoneId zone = zone(turn.user());
        List<Button> open = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Entry entry = stored.get(i);
            open.add(new Button(texts.get("logbook.entries.button", Map.of("number", i + 1,
                    "time", LocalFormat.of(texts).time(entry.at().atZone(zone)))), EntryCard.data("o", entry, null)));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < open.size(); i += ENTRIES_PER_ROW) {
            rows.add(open.subList(i, Math.min(open.size(), i + ENTRIES_PER_ROW)));
        }
        rows.add(List.of(new Button(texts.get("logbook.buttons.undo_all"),
                PREFIX + ":U:" + stored.get(0).id().toHexString())));
        return new Action.Reply(turn.chatId(), String.join("\n", lines), new Keyboard(rows));
    }

    /** Buttons to a row under a reply to several entries. */
    private static final int ENTRIES_PER_ROW = 3;

    /** "1. pumped · 20 min · at 01:00", one line each, numbered from 1. */
    String list(Turn turn, List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add(turn.texts().get("logbook.several.line", Map.of("number", i + 1, "what",
                    EntryText.describe(entries.get(i), turn.texts(), zone(turn.user()), turn.inbound().at()))));
        }
        return String.join("\n", lines);
    }

    /**
     * The confirmation edited after a fix (time, minutes, amount), plus any milestone the fixed entry reaches now:
     * "Pumped" from a reminder, then "30 ml", is how many parents log their first drops.
     */
    Action.Edit fixed(Turn turn, Entry entry, int messageId) {
        return fresh(turn, entry, false).edit(turn.chatId(), messageId);
    }

    /** The confirmation and, for an entry not seen before, its milestones: the recent days are read once for both. */
    private Confirmation fresh(Turn turn, Entry entry, boolean already) {
        List<DaySummary> recent = already ? recentDays(turn, 1, false) : recentDays(turn, daysRead(), true);
        Confirmation confirmation = confirmation(turn, entry, already, recent);
        if (already || recent.isEmpty() || turn.warned()) {
            // Never a celebration next to a warning sign: the milestone stays unclaimed for a later log.
            return confirmation;
        }
        List<String> cheers = cheers(turn, turn.texts(), entry, recent);
        return cheers.isEmpty() ? confirmation : new Confirmation(
                confirmation.text() + "\n\n" + String.join("\n", cheers), confirmation.keyboard());
    }

    /** What every applause adds for {@code entry}, in the order they were added, each given the days it reads. */
    private List<String> cheers(Turn turn, Texts texts, Entry entry, List<DaySummary> recent) {
        List<String> cheers = new ArrayList<>();
        for (Applause words : applause) {
            List<DaySummary> days = recent.subList(Math.max(0, recent.size() - words.daysRead()), recent.size());
            cheers.addAll(words.after(turn.user(), texts, entry, turn.inbound().at(), days));
        }
        return cheers;
    }

    /** The local days the reply reads: as many as the applause that reads the most needs, today at least. */
    private int daysRead() {
        return applause.stream().mapToInt(Applause::daysRead).max().orElse(Applause.NONE.daysRead());
    }

    record Confirmation(String text, Keyboard keyboard) {
        Action.Edit edit(long chatId, int messageId) {
            return new Action.Edit(chatId, messageId, text, keyboard);
        }

        Action.Reply reply(long chatId) {
            return new Action.Reply(chatId, text, keyboard);
        }
    }

    /**
     * The last {@code count} local days for the lines under a confirmation (older ones as totals only if
     * {@code totalsForOlder}); none (those lines left out) if the database fails after the entry was stored: the
     * parent must still hear "logged".
     */
    private List<DaySummary> recentDays(Turn turn, int count, boolean totalsForOlder) {
        try {
            if (totalsForOlder && count > DayTotals.FULL_DAYS) {
                ZoneId zone = zone(turn.user());
                Instant now = turn.inbound().at();
                return entries.summaries(turn.user(), zone, now.atZone(zone).toLocalDate(), count, now);
            }
            return days(turn.user(), turn.inbound().at(), Math.max(1, count));
        } catch (RuntimeException e) {
            if (!DatabaseFault.isFault(e)) {
                throw e;
            }
            return List.of();
        }
    }

    /** "Today: 3 of 8 sessions." */
    private static String progress(Turn turn, DaySummary today) {
        return turn.texts().get(today.metTarget() ? "logbook.progress_done" : "logbook.progress",
                Map.of("count", today.sessions(), "target", today.target()));
    }

    /** Today's summary in the parent's zone. */
    public DaySummary today(Turn turn) {
        return days(turn.user(), turn.inbound().at(), 1).get(0);
    }

    /** Today's summary and entries (oldest first), in the parent's zone. */
    record Today(DaySummary summary, List<Entry> entries) {
    }

    /** Today's summary and its entries, read once. */
    Today todayWithEntries(Turn turn) {
        UserProfile user = turn.user();
        Instant now = turn.inbound().at();
        ZoneId zone = zone(user);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant start = DayStats.startOf(today, zone);
        // From the day before, so the longest gap counts from the session before the day.
        List<Entry> read = entries.between(user.userId(), DayStats.startOf(today.minusDays(1), zone),
                DayStats.startOf(today.plusDays(1), zone));
        DaySummary summary = DayStats.summarise(read, user, zone, today, 1, now).get(0);
        return new Today(summary, read.stream().filter(entry -> !entry.at().isBefore(start)).toList());
    }

    /** Summaries of the last {@code count} local days, today last. */
    public List<DaySummary> days(UserProfile user, Instant now, int count) {
        ZoneId zone = zone(user);
        LocalDate today = now.atZone(zone).toLocalDate();
        // One day more than asked, so the first day's longest gap counts from the session before it.
        Instant from = DayStats.startOf(today.minusDays(count), zone);
        Instant to = DayStats.startOf(today.plusDays(1), zone);
        return DayStats.summarise(entries.between(user.userId(), from, to), user, zone, today, count, now);
    }

    /**
     * Summaries of the parent's days from her first one, at most the last {@code max}, today last: what /week,
     * /stats, the chart, the PDF and "what next?" count. Her first day is the day her plan started or the day of her
     * first entry, whichever is earlier (today if neither): the days before it are not zeros of hers.
     */
    public List<DaySummary> daysSinceStart(UserProfile user, Instant now, int max) {
        ZoneId zone = zone(user);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate earliest = today.minusDays(max - 1L);
        // One day more than asked, so the first day's longest gap counts from the session before it.
        Instant from = DayStats.startOf(earliest.minusDays(1), zone);
        Instant to = DayStats.startOf(today.plusDays(1), zone);
        List<Entry> read = entries.between(user.userId(), from, to);
        LocalDate first = firstDay(user, zone, read, earliest, today);
        int count = (int) Math.min(max, ChronoUnit.DAYS.between(first, today) + 1);
        return DayStats.summarise(read, user, zone, today, count, now);
    }

    /** The parent's first day, or {@code earliest} if it is that day or before it. */
    private LocalDate firstDay(UserProfile user, ZoneId zone, List<Entry> read, LocalDate earliest, LocalDate today) {
        LocalDate first = today;
        if (user.planStartedAt() != null) {
            first = min(first, user.planStartedAt().atZone(zone).toLocalDate());
        }
        if (!read.isEmpty()) {
            first = min(first, read.getFirst().at().atZone(zone).toLocalDate());
        }
        if (first.isAfter(earliest) && entries.anyBefore(user.userId(), DayStats.startOf(first, zone))) {
            return earliest;
        }
        return first.isBefore(earliest) ? earliest : first;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static ObjectId id(String hex) {
        return ObjectId.isValid(hex) ? new ObjectId(hex) : null;
    }
}
