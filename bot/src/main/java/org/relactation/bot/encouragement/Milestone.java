package org.relactation.bot.encouragement;

/**
 * What a log can reach. Most are celebrated once ever; the two records may come back, at most once a local day.
 * The code is what MongoDB keeps; the text family is {@code encouragement.milestone.<text>} in content/.
 */
public enum Milestone {
    FIRST_LOG("first_log", "first_log"),
    FIRST_DROPS("first_drops", "first_drops"),
    FIRST_TARGET_DAY("first_target_day", "first_target_day"),
    STREAK_3("streak_3", "streak"),
    STREAK_7("streak_7", "streak"),
    STREAK_14("streak_14", "streak"),
    STREAK_30("streak_30", "streak"),
    SESSIONS_100("sessions_100", "sessions_100"),
    MILK_RECORD("milk", "milk_record"),
    SUPPLEMENT_RECORD("supplement", "supplement_record");

    private final String code;
    private final String text;

    Milestone(String code, String text) {
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    /** The content family of its texts. */
    public String textFamily() {
        return "encouragement.milestone." + text;
    }

    /** Records may be celebrated again (at most once a day); everything else once ever. */
    public boolean isRecord() {
        return this == MILK_RECORD || this == SUPPLEMENT_RECORD;
    }

    public boolean isStreak() {
        return text.equals("streak");
    }
}
