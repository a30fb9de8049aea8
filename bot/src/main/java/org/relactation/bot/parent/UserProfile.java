package org.relactation.bot.parent;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the bot keeps about a parent: the minimum to coach them. No names, no phone numbers.
 *
 * @param userId        Telegram user id, the key of everything stored about this parent
 * @param chatId        the private chat to write to
 * @param language      the language the bot speaks with them
 * @param createdAt     first contact
 * @param startedAt     when they first sent /start, or null
 * @param lastSeenAt    their latest message
 * @param timezone      IANA zone id they confirmed, or null
 * @param setup         their onboarding answers, or null
 * @param rhythm        how often and when they want to stimulate, or null
 * @param onboarding    the question they are answering now, or null
 * @param planStartedAt day 1 of their plan (end of onboarding), or null
 * @param learned       guide cards they have read
 * @param defaultMethod how they usually stimulate (the method of their last named session), for "done"
 * @param handled       ids of their latest handled Telegram updates: a redelivered update changes nothing
 * @param blockedAt     when Telegram last said they blocked the bot (nothing is sent to them until they write
 *                      again), or null
 * @param followUp      a number the bot asked for about one entry (its amount or minutes), or null
 * @param milestones    what was celebrated with them (encouragement), read with the rest of the record
 */
public record UserProfile(@BsonId long userId, long chatId, String language, Instant createdAt, Instant startedAt,
                          Instant lastSeenAt, String timezone, Setup setup, Rhythm rhythm, Onboarding onboarding,
                          Instant planStartedAt, List<String> learned, String defaultMethod,
                          List<Long> handled, Instant blockedAt, FollowUp followUp, Milestones milestones) {

    /** Default number of daily sessions: the low end of the 8–12 in the guidance. */
    public static final int DEFAULT_SESSIONS = 8;

    public UserProfile {
        setup = setup == null ? Setup.EMPTY : setup;
        rhythm = rhythm == null ? Rhythm.EMPTY : rhythm;
        learned = learned == null ? List.of() : List.copyOf(learned);
        handled = handled == null ? List.of() : List.copyOf(handled);
        milestones = milestones == null ? Milestones.NONE : milestones;
    }

    /** A parent with nothing celebrated yet, or as read before milestones were kept in the record. */
    public UserProfile(long userId, long chatId, String language, Instant createdAt, Instant startedAt,
                       Instant lastSeenAt, String timezone, Setup setup, Rhythm rhythm, Onboarding onboarding,
                       Instant planStartedAt, List<String> learned, String defaultMethod, List<Long> handled,
                       Instant blockedAt, FollowUp followUp) {
        this(userId, chatId, language, createdAt, startedAt, lastSeenAt, timezone, setup, rhythm, onboarding,
                planStartedAt, learned, defaultMethod, handled, blockedAt, followUp, null);
    }

    /** A parent with no follow-up open. */
    public UserProfile(long userId, long chatId, String language, Instant createdAt, Instant startedAt,
                       Instant lastSeenAt, String timezone, Setup setup, Rhythm rhythm, Onboarding onboarding,
                       Instant planStartedAt, List<String> learned, String defaultMethod, List<Long> handled,
                       Instant blockedAt) {
        this(userId, chatId, language, createdAt, startedAt, lastSeenAt, timezone, setup, rhythm, onboarding,
                planStartedAt, learned, defaultMethod, handled, blockedAt, null);
    }

    /** A parent as stored before blocking was recorded. */
    public UserProfile(long userId, long chatId, String language, Instant createdAt, Instant startedAt,
                       Instant lastSeenAt, String timezone, Setup setup, Rhythm rhythm, Onboarding onboarding,
                       Instant planStartedAt, List<String> learned, String defaultMethod, List<Long> handled) {
        this(userId, chatId, language, createdAt, startedAt, lastSeenAt, timezone, setup, rhythm, onboarding,
                planStartedAt, learned, defaultMethod, handled, null, null);
    }

    /** Whether this update was already handled for this parent (Telegram delivers again after a crash). */
    public boolean alreadyHandled(long updateId) {
        return handled.contains(updateId);
    }

    /** The parent's zone, or {@code fallback} until they have set one. */
    public ZoneId zone(ZoneId fallback) {
        return timezone == null ? fallback : ZoneId.of(timezone);
    }

    public int sessionsTarget() {
        return rhythm.sessionsPerDay() == null ? DEFAULT_SESSIONS : rhythm.sessionsPerDay();
    }

    public boolean inFlow() {
        return onboarding != null && onboarding.step() != null;
    }

    /**
     * Answers of the first questions; a null field was skipped or not asked yet. Values are choice codes, except
     * {@code dueDate}: when a baby not here yet is expected, as a local ISO date ("2027-03-14"), or null.
     */
    public record Setup(String situation, String gap, String babyAge, String feeding, String goal, String dueDate) {
        public static final Setup EMPTY = new Setup(null, null, null, null, null, null);
        /** The choice code of "not here yet", for the baby's age and for how the baby feeds. */
        public static final String NOT_YET = "not_yet";

        /** The answers of a baby already here, or of a setup from before the expected date was asked. */
        public Setup(String situation, String gap, String babyAge, String feeding, String goal) {
            this(situation, gap, babyAge, feeding, goal, null);
        }

        /** Whether the parent said their baby is not here yet (as the baby's age, or as how the baby feeds). */
        public boolean babyNotHereYet() {
            return NOT_YET.equals(babyAge) || NOT_YET.equals(feeding);
        }
    }

    /**
     * Sessions per day and the waking hours to spread them over (local "HH:mm"), and whether one is at night; then
     * the reminder plan set with /reminders (null fields: the defaults, so older documents read as before).
     *
     * @param mode         "spread" (sessions spread over the waking hours, the default), "every" or "fixed"
     * @param everyMinutes the pause between reminders in "every" mode
     * @param fixedTimes   local "HH:mm" times in "fixed" mode
     * @param nightAt      local "HH:mm" of the night session when the parent picked one; null: mid-night
     * @param quietFrom    start of the quiet hours (local "HH:mm"), or null for none
     * @param quietTo      end of the quiet hours
     */
    public record Rhythm(Integer sessionsPerDay, String wakeFrom, String wakeTo, Boolean nightSession,
                         String mode, Integer everyMinutes, List<String> fixedTimes, String nightAt,
                         String quietFrom, String quietTo) {
        public static final Rhythm EMPTY = new Rhythm(null, null, null, null);

        public Rhythm {
            fixedTimes = fixedTimes == null ? List.of() : List.copyOf(fixedTimes);
        }

        /** The onboarding answers alone, the plan left at its defaults. */
        public Rhythm(Integer sessionsPerDay, String wakeFrom, String wakeTo, Boolean nightSession) {
            this(sessionsPerDay, wakeFrom, wakeTo, nightSession, null, null, null, null, null, null);
        }
    }

    /**
     * A number the bot asked for about one entry, with buttons open on its confirmation: a number typed instead
     * fixes that entry ("12 ml" while the amounts are shown), it does not log a new one.
     *
     * @param what      "amount" or "minutes", or "time" for a log whose time could not be taken ("When was it?")
     * @param entryId   the entry's id (hex), or null
     * @param messageId the confirmation message the buttons are on, or 0
     * @param askedAt   when the bot asked
     * @param rest      for "time": the log as typed without its time words, which a time typed next completes
     */
    public record FollowUp(String what, String entryId, int messageId, Instant askedAt, String rest) {
    }

    /**
     * Where the parent is in a question flow.
     *
     * @param step            the code of the question being answered
     * @param single          true when changing one answer from /settings: the flow ends after this step
     * @param pendingTimezone a zone the bot proposed and the parent has not confirmed yet
     */
    public record Onboarding(String step, boolean single, String pendingTimezone) {
    }

    /**
     * What was celebrated with the parent, each milestone claimed by one atomic update of the record (the
     * encouragement's store): what a log reads of it costs no look-up of its own.
     *
     * @param once                codes of the once-ever milestones celebrated
     * @param milkRecordDay       the local day (ISO date) the latest milk record was celebrated, or null
     * @param supplementRecordDay the same for the lowest-supplement record
     */
    public record Milestones(List<String> once, String milkRecordDay, String supplementRecordDay) {
        public static final Milestones NONE = new Milestones(List.of(), null, null);

        public Milestones {
            once = once == null ? List.of() : List.copyOf(once);
        }
    }
}
