package org.relactation.bot.guidance;

/** A kind of warning sign in a parent's message, and the message key of what to say about it. */
public enum RedFlag {
    /** Possible mastitis or breast trouble in the parent: fever, chills, a red hot area, a hard lump, ... */
    MOTHER("safety.urgent"),
    /** Possible dehydration or poor feeding in the baby: few wet nappies, very sleepy, jaundice, ... */
    BABY("safety.urgent"),
    /** Low mood, hopelessness, thoughts of harm. */
    MOOD("safety.mood");

    private final String messageKey;

    RedFlag(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The content key of the reply for this kind of flag (MOTHER and BABY share the "see a clinician now" one). */
    public String messageKey() {
        return messageKey;
    }

    /** The content key of the newline-separated trigger phrases of this kind. */
    String triggersKey() {
        return "safety.triggers." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
