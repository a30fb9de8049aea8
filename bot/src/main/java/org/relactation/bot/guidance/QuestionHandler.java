package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Free-text questions ("how often should I pump?", "¿puedo tomar domperidona?"): answered with the matching
 * card when the match is confident. When it is not, the text is not claimed here, and {@link #notSure} says so
 * honestly and offers the closest topics and where to get human help.
 */
public final class QuestionHandler implements TextHandler {
    /** How many close topics "not sure" offers. */
    static final int CLOSEST = 3;
    /** The topic with helplines and people to talk to, offered whenever the bot is not sure. */
    static final String GET_HELP = "get_help";
    private final QuestionMatcher matcher;
    private final GuideCommand guide;
    private final ContentCatalog content;

    public QuestionHandler(QuestionMatcher matcher, GuideCommand guide, ContentCatalog content) {
        this.matcher = matcher;
        this.guide = guide;
        this.content = content;
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        return matcher.match(turn.user().language(), turn.inbound().text())
                .map(match -> List.of(guide.card(turn, match.cardId(), content.texts(match.language()))));
    }

    /**
     * The honest answer when nothing matched: "I'm not sure", the few closest topics (never the whole list) and
     * where to get human help.
     */
    public List<Action> notSure(Turn turn) {
        List<String> cards = new ArrayList<>(matcher.closest(turn.user().language(), turn.inbound().text(), CLOSEST));
        cards.remove(GET_HELP);
        cards.add(GET_HELP);
        List<List<Button>> rows = new ArrayList<>();
        cards.forEach(card -> rows.add(List.of(guide.cardButton(turn.texts(), card))));
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get(GuideCards.NOT_SURE_KEY),
                new Keyboard(rows)));
    }
}
