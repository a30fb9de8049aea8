package org.relactation.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button: the label a parent sees and the data that comes back when pressed. */
public record Button(String label, String data) {
    /** Telegram refuses callback data over 64 bytes; fail where the button is made, not at send time. */
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (label.isBlank() || bytes == 0 || bytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("Button data must be 1.." + MAX_DATA_BYTES + " bytes, was " + bytes);
        }
    }
}
