package org.relactation.bot.logbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The note: the parent's words that the entry did not use, as they typed them. Each stretch of unused words is
 * copied from the message (so spelling, case and punctuation inside it stay), with connecting words and symbols
 * trimmed from its edges ("pumped 15 min, and felt relaxed." gives "felt relaxed", "done, but I have a fever"
 * gives "I have a fever"); a stretch of only small words ("I") is dropped; stretches are joined with
 * a space and the whole is cut to {@value LogLimits#MAX_NOTE_CHARS} characters.
 */
final class NoteWriter {
    private NoteWriter() {
    }

    /** The note, or null when nothing is left. */
    static String write(String text, List<Piece> pieces, boolean[] used) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            if (used[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < pieces.size() && !used[end]) {
                end++;
            }
            int first = i;
            int last = end - 1;
            while (first <= last && pieces.get(first).sense().isConnector() && !signs(pieces, first)) {
                first++;
            }
            // "when she woke up I [nursed]": a pronoun just before the log's own words is their subject.
            while (last >= first && (pieces.get(last).sense().isConnector()
                    || end < pieces.size() && pieces.get(last).is(Sense.PRONOUN))) {
                last--;
            }
            if (hasContent(pieces, first, last)) {
                parts.add(text.substring(pieces.get(first).start(), pieces.get(last).end()));
            }
            i = end;
        }
        return parts.isEmpty() ? null : cut(String.join(" ", parts).strip());
    }

    /** "+180g": a plus or minus typed onto the number after it is part of what the parent said. */
    private static boolean signs(List<Piece> pieces, int i) {
        Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        return (pieces.get(i).isSymbol("+") || pieces.get(i).isSymbol("-")) && next != null
                && next.is(Sense.NUMBER) && !next.spaced();
    }

    /** Whether the stretch says anything: a lone "I" or "me" left over is not a note. */
    private static boolean hasContent(List<Piece> pieces, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!pieces.get(i).sense().isFiller()) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String note) {
        if (note.length() <= LogLimits.MAX_NOTE_CHARS) {
            return note;
        }
        int end = LogLimits.MAX_NOTE_CHARS;
        if (Character.isHighSurrogate(note.charAt(end - 1))) {
            end--;
        }
        return note.substring(0, end).strip();
    }
}
