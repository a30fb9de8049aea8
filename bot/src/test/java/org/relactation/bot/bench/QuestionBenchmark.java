package org.relactation.bot.bench;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.guidance.GuideCards;
import org.relactation.bot.guidance.QuestionMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 3. Free-text question matching over varied questions: the cards' example questions in both languages, with
 * the things parents add (greetings, typos, lower case, no question mark), and questions no card answers.
 */
final class QuestionBenchmark {
    static final String NAME = "3. Questions";
    private static final List<String> OFF_TOPIC = List.of("my phone battery dies fast", "what's the weather tomorrow",
            "can you recommend a good movie", "how do I change my password", "what time is it in Tokyo",
            "¿qué tiempo hace mañana?", "mi coche hace un ruido raro", "is the bot a person");
    private static final List<String> OPENINGS = List.of("", "hi, ", "sorry, quick question: ", "hola, ",
            "help ", "ok so ");

    private final int count;

    QuestionBenchmark(int count) {
        this.count = count;
    }

    void run(Table table) {
        ContentCatalog content = ContentCatalog.load();
        GuideCards cards = new GuideCards(content);
        QuestionMatcher matcher = new QuestionMatcher(content, cards);
        // Warm-up on other questions (the JIT, and the words parents often type), as after a while of running.
        for (String[] question : questions(content, cards, 11)) {
            matcher.match(question[0], question[1]);
        }
        List<String[]> questions = questions(content, cards, 7);
        Latencies latencies = new Latencies();
        int answered = 0;
        long started = System.nanoTime();
        for (String[] question : questions) {
            long before = System.nanoTime();
            boolean found = matcher.match(question[0], question[1]).isPresent();
            latencies.add(System.nanoTime() - before);
            answered += found ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double p99 = latencies.percentileMillis(99);
        table.add(NAME, "questions matched per second (one thread)", String.format("%.0f /s", count / seconds));
        table.add(NAME, "p50 / p99 per question", Latencies.millis(latencies.percentileMillis(50)) + " / "
                + Latencies.millis(p99), Table.target("p99 < 5 ms", p99 < 5));
        table.add(NAME, "questions with a card found", answered + " of " + count);
        table.goal(Table.Goal.QUESTIONS, "p99 " + Latencies.millis(p99), p99 < 5);
    }

    /** {@code count} pairs of language and question, the same every run. */
    private List<String[]> questions(ContentCatalog content, GuideCards cards, long seed) {
        List<String[]> pool = new ArrayList<>();
        for (String language : content.languages()) {
            for (GuideCards.Card card : cards.cards(language)) {
                for (String question : cards.questions(language, card.id())) {
                    pool.add(new String[] {language, question});
                }
            }
        }
        Random random = new Random(seed);
        List<String[]> questions = new ArrayList<>(count);
        while (questions.size() < count) {
            if (random.nextInt(10) == 0) {
                questions.add(new String[] {random.nextBoolean() ? "en" : "es",
                        OFF_TOPIC.get(random.nextInt(OFF_TOPIC.size()))});
                continue;
            }
            String[] base = pool.get(random.nextInt(pool.size()));
            String text = OPENINGS.get(random.nextInt(OPENINGS.size())) + base[1];
            switch (random.nextInt(4)) {
                case 0 -> text = text.toLowerCase();
                case 1 -> text = text.replace("?", "").replace("¿", "");
                case 2 -> text = typo(text, random);
                default -> { }
            }
            questions.add(new String[] {base[0], text});
        }
        return questions;
    }

    /** Two neighbouring letters swapped, as a tired thumb does. */
    private static String typo(String text, Random random) {
        if (text.length() < 4) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 3);
        char[] chars = text.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }
}
