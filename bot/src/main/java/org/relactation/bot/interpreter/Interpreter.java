package org.relactation.bot.interpreter;

import org.relactation.bot.logbook.LogParser;

import java.util.List;

/**
 * What a message is made of, before a handler answers it. For now: which of its clauses ask something, so that
 * "I have a fever and a hot red lump, how often should I pump?" is answered about pumping (the warning sign was
 * answered first, by the safety net), and "pumped 15 min. is 20 ml normal at 3 weeks?" about the amount.
 */
public final class Interpreter {
    private final LogParser parser;

    public Interpreter(LogParser parser) {
        this.parser = parser;
    }

    /** The clauses of {@code text}, cut as {@link Clauses} does with this parser's question words. */
    public List<String> clauses(String text, String language) {
        return Clauses.of(text, rest -> parser.asks(rest, language));
    }

    /**
     * The part of {@code text} that asks: its asking clauses (a question mark, or a question word first), or the
     * whole text when none asks by its form ("sore nipples after pumping" is still a question for the guide).
     */
    public String askingPart(String text, String language) {
        List<String> clauses = clauses(text, language);
        List<String> asking = clauses.stream().filter(clause -> parser.asks(clause, language)).toList();
        return asking.isEmpty() || asking.size() == clauses.size() ? text : String.join(" ", asking);
    }
}
