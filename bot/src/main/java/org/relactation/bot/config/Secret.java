package org.relactation.bot.config;

/** A value that must never be printed: toString() hides it, so it cannot leak through logs or records. */
public final class Secret {
    private final String value;

    public Secret(String value) {
        this.value = value == null ? "" : value;
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(empty)" : "(hidden)";
    }
}
