package org.relactation.bot.telegram.fake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The methods the fake implements, found case-insensitively as Telegram finds them. */
final class MethodTable {
    /** A method under its canonical name ("sendMessage"). */
    record Entry(String name, ApiMethod method) {
    }

    private final Map<String, Entry> byKey = new HashMap<>();

    MethodTable add(String name, ApiMethod method) {
        byKey.put(name.toLowerCase(Locale.ROOT), new Entry(name, method));
        return this;
    }

    Optional<Entry> find(String requested) {
        return Optional.ofNullable(byKey.get(requested.toLowerCase(Locale.ROOT)));
    }
}
