package org.relactation.bot.telegram.fake;

import java.util.ArrayList;
import java.util.List;

/** Every answered call, in order; thread-safe. */
final class CallLog {
    private final List<ApiCall> calls = new ArrayList<>();

    synchronized void add(ApiCall call) {
        calls.add(call);
    }

    synchronized List<ApiCall> all() {
        return List.copyOf(calls);
    }

    synchronized List<ApiCall> of(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    synchronized List<ApiCall> errors() {
        return calls.stream().filter(call -> call.response() != null && !call.ok()).toList();
    }
}
