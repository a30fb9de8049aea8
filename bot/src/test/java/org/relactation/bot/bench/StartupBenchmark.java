package org.relactation.bot.bench;

final class StartupBenchmark {
    StartupBenchmark(int parents) {
    }

    void run(Table table) throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
