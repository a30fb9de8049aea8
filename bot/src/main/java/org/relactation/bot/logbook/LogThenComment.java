package org.relactation.bot.logbook;

import java.util.Set;

/**
 * "done, but I have a fever", "nursed. She fell asleep", "pumped but it hurt": a message that opens with a whole
 * log and then, after a break (punctuation, a new line, "but", "pero"), goes on in the parent's own words.
 * Without a number or a time this is the only way a log carries a note, so that "I'm done with pumping",
 * "pumping hurts" or "ya no tengo leche", where the parent's words are not set apart, stay conversation.
 */
final class LogThenComment {
    private static final Set<String> BREAKS = Set.of(",", ".", "!", ";", ":", "…", "-", "–", "—", "(");

    private LogThenComment() {
    }

    static boolean opens(Reading reading, String text) {
        boolean logged = false;
        for (int i = 0; i < reading.pieces.size(); i++) {
            if (reading.isFreeWord(i)) {
                return false;
            }
            Piece piece = reading.pieces.get(i);
            logged |= isLogWord(piece);
            if (logged && (isBreak(piece) || newLineAfter(reading, text, i))) {
                return true;
            }
        }
        return false;
    }

    /** A word that makes a log by itself; an everyday "done" word ("ya") does not. */
    private static boolean isLogWord(Piece piece) {
        return piece.is(Sense.DONE) && Boolean.TRUE.equals(piece.value()) || piece.is(Sense.METHOD)
                || piece.is(Sense.SUPPLEMENT_TYPE) || piece.is(Sense.SUPPLEMENT_GIVEN) || piece.is(Sense.NAPPY);
    }

    private static boolean isBreak(Piece piece) {
        return piece.is(Sense.COMMENT_START) || piece.is(Sense.SYMBOL) && BREAKS.contains(piece.text());
    }

    private static boolean newLineAfter(Reading reading, String text, int i) {
        Piece next = reading.at(i + 1);
        return next != null && text.substring(reading.pieces.get(i).end(), next.start()).indexOf('\n') >= 0;
    }
}
