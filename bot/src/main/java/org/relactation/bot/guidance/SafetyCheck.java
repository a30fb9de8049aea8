package org.relactation.bot.guidance;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Turn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks at every text a parent sends, whatever else it is (a log, a question, an onboarding answer), for
 * red flags. Each kind of warning is answered first with its "contact a clinician now" message; the rest of the
 * message is then handled as usual.
 */
public final class SafetyCheck {
    private final RedFlagDetector detector;

    public SafetyCheck(RedFlagDetector detector) {
        this.detector = detector;
    }

    public List<Action> check(Turn turn) {
        String text = turn.inbound().text();
        if (text == null || text.startsWith("/")) {
            return List.of();
        }
        Set<RedFlag> flags = detector.detect(turn.user().language(), text);
        Set<String> keys = new LinkedHashSet<>();
        flags.stream().sorted().forEach(flag -> keys.add(flag.messageKey()));
        return keys.stream().<Action>map(key -> turn.reply(key)).toList();
    }
}
