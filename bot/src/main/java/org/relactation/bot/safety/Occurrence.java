package org.relactation.bot.safety;

/**
 * Where a concept was found in a message: its first and last token, and the language of the term that found it
 * (null for what numbers reveal: a temperature, a count, a baby's age).
 */
record Occurrence(String concept, int first, int last, String language) {

    boolean covers(int token) {
        return token >= first && token <= last;
    }
}
