package org.relactation.bot.guidance;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;

import java.util.List;
import java.util.Optional;

/**
 * Free-text questions ("how often should I pump?", "¿puedo tomar domperidona?"): answered with the matching
 * card when the match is confident. When it is not, the text is not claimed here, and {@link #notSure} says so
 * honestly and offers the topics, which include where to get human help.
 */
public final class QuestionHandler implements TextHandler {
    private final QuestionMatcher matcher;
    private final GuideCommand guide;

    public QuestionHandler(QuestionMatcher matcher, GuideCommand guide) {
        this.matcher = matcher;
        this.guide = guide;
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        return matcher.match(turn.user().language(), turn.inbound().text())
                .map(match -> List.of(guide.card(turn, match.cardId())));
    }

    /** The honest answer when nothing matched: "I'm not sure" and the topic menu. */
    public List<Action> notSure(Turn turn) {
        return List.of(guide.menu(turn, turn.texts().get(GuideCards.NOT_SURE_KEY)));
    }
}
