package org.relactation.bot.logbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a message into words, numbers and symbols in one pass, without regular expressions, so any input
 * (emoji, right-to-left marks, control characters, thousands of digits) costs time linear in its length.
 *
 * <p>Numbers take "." or "," as the decimal separator in both languages ("0.5 oz", "1,5 oz"), except that a
 * separator followed by exactly three digits groups thousands ("1,500 ml" is 1500, not 1.5): nobody types
 * volumes to three decimals, and reading 1500 leads to a clear "too much" instead of a silent 2 ml. A minus
 * sign counts only right before a digit at the start of a word ("-20 ml"); between two numbers it is a range
 * ("15-20 min"). A separator starting a word is a decimal without its zero (".5 oz").
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean spaced = true;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isSpace(cp)) {
                spaced = true;
                i = next;
            } else if (isIgnorable(cp)) {
                i = next;
            } else if (isDigit(cp) || (isMinus(cp) || cp == '.') && spaced && next < length
                    && isDigit(text.charAt(next))) {
                i = readNumber(text, i, spaced, tokens);
                spaced = false;
            } else if (Character.isLetter(cp)) {
                i = readWord(text, i, spaced, tokens);
                spaced = false;
            } else {
                int end = skipMarks(text, next);
                tokens.add(new Token(Token.Type.SYMBOL, normalize(text.substring(i, end)), i, end, spaced, null));
                i = end;
                spaced = false;
            }
        }
        return tokens;
    }

    /** Lower case, accents and variation selectors removed, curly apostrophes made straight. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp))
                .map(cp -> cp == '\u2019' ? '\'' : cp)
                .forEach(plain::appendCodePoint);
        return plain.toString().toLowerCase(Locale.ROOT);
    }

    private static int readNumber(String text, int start, boolean spaced, List<Token> tokens) {
        boolean negative = isMinus(text.charAt(start));
        int i = negative ? start + 1 : start;
        if (text.charAt(i) == '.') {
            // ".5 oz": a decimal without its zero
            int fractionEnd = skipDigits(text, i + 1);
            Numeral number = Numeral.of("0", text.substring(i + 1, fractionEnd), false);
            tokens.add(new Token(Token.Type.NUMBER, text.substring(start, fractionEnd), start, fractionEnd, spaced,
                    number));
            return fractionEnd;
        }
        int digitsEnd = skipDigits(text, i);
        StringBuilder integer = new StringBuilder(text.substring(i, digitsEnd));
        String fraction = "";
        i = digitsEnd;
        while (i + 1 < text.length() && isSeparator(text.charAt(i)) && isDigit(text.charAt(i + 1))) {
            int groupEnd = skipDigits(text, i + 1);
            int groupLength = groupEnd - i - 1;
            boolean thousands = groupLength == 3 && integer.charAt(0) != '0';
            if (!thousands) {
                fraction = text.substring(i + 1, groupEnd);
                i = groupEnd;
                break;
            }
            integer.append(text, i + 1, groupEnd);
            i = groupEnd;
        }
        Numeral number = Numeral.of(integer.toString(), fraction, negative);
        tokens.add(new Token(Token.Type.NUMBER, text.substring(start, i), start, i, spaced, number));
        return i;
    }

    private static int readWord(String text, int start, boolean spaced, List<Token> tokens) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean apostrophe = (cp == '\'' || cp == '\u2019') && next < text.length()
                    && Character.isLetter(text.codePointAt(next));
            if (!Character.isLetter(cp) && !isMark(cp) && !apostrophe) {
                break;
            }
            i = next;
        }
        tokens.add(new Token(Token.Type.WORD, normalize(text.substring(start, i)), start, i, spaced, null));
        return i;
    }

    private static int skipDigits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipMarks(String text, int i) {
        while (i < text.length() && isMark(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isSeparator(int cp) {
        return cp == '.' || cp == ',';
    }

    private static boolean isMinus(int cp) {
        return cp == '-' || cp == '\u2212';
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
    }

    /** Zero-width joiners, direction marks and the like: invisible, so they neither join nor split. */
    private static boolean isIgnorable(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
