package org.relactation.bot.bench;

final class ReminderFanOutBenchmark {
    ReminderFanOutBenchmark(int parents) {
    }

    void run(Table table) throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
