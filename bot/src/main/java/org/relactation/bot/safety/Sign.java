package org.relactation.bot.safety;

import java.util.List;

/**
 * One kind of warning sign from content/safety-signs.yaml: how urgent it is, whose sign it is, and the
 * combinations of concepts that reveal it.
 *
 * @param key              the sign's name, also the key of its warning (warnings.signs.KEY)
 * @param urgency          how soon to act
 * @param who              whose sign it is: a concept said of the other person ("I'm so sleepy" for a baby's
 *                         sign) does not count
 * @param evenAsked        whether the sign counts inside a general question ("what are the signs of ...")
 * @param stopsHandling    whether the warning is the whole answer (a dose is never also read as a log)
 * @param patterns         each a list of concept names that must all be found in one sentence
 * @param replaces         signs this one makes redundant when both are found
 * @param negationReach    how many words a negation reaches over to cancel a concept of this sign
 */
public record Sign(String key, Urgency urgency, Who who, boolean evenAsked, boolean stopsHandling,
                   List<List<String>> patterns, List<String> replaces, int negationReach) {

    /** Whose sign it is. */
    public enum Who { BABY, PARENT, ANY }

    public Sign {
        patterns = patterns.stream().map(List::copyOf).toList();
        replaces = List.copyOf(replaces);
    }
}
