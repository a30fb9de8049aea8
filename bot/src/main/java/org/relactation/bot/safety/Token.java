package org.relactation.bot.safety;

/**
 * One word or number of a message, folded, with the sentence and clause it belongs to.
 *
 * @param text     the folded word, or the number as typed ("38,5")
 * @param number   the number's value, or NaN for a word
 * @param degrees  a number followed by a degree sign or a C/F unit: 'c', 'f', 'd' (degrees, no unit), or 0
 * @param barrier  punctuation right before this token (a phrase does not run across it)
 * @param sentence the sentence's index: words that go together must share it
 * @param segment  the index of the sentence or question: who a sentence speaks of is looked for within it
 * @param clause   the clause's index: a negation, a past time or a general question reaches to its end
 */
record Token(String text, double number, char degrees, boolean barrier, int sentence, int segment, int clause) {

    boolean isNumber() {
        return !Double.isNaN(number);
    }

}
