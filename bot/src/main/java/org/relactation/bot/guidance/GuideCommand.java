package org.relactation.bot.guidance;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.storage.UserStore;

import java.util.ArrayList;
import java.util.List;

/**
 * /guide: an inline menu of topic cards. Navigation edits the same message (menu → card → more → back), so the
 * chat does not fill up. Button data: {@code g:menu}, {@code g:c:<card>} (show), {@code g:m:<card>} (more).
 * Showing a card marks it as learned, which "what should I do next?" takes into account.
 */
public final class GuideCommand implements Command, ButtonHandler {
    private final GuideCards cards;
    private final UserStore users;

    public GuideCommand(GuideCards cards, UserStore users) {
        this.cards = cards;
        this.users = users;
    }

    @Override
    public String name() {
        return "guide";
    }

    @Override
    public String prefix() {
        return "g";
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(menu(turn, turn.texts().get(GuideCards.MENU_KEY)));
    }

    /** The topic menu under {@code text}: used for /guide and for "I'm not sure" answers. */
    public Action.Reply menu(Turn turn, String text) {
        return new Action.Reply(turn.chatId(), text, menuKeyboard(turn));
    }

    /** A card as a new message, e.g. the answer to a typed question. */
    public Action.Reply card(Turn turn, String cardId) {
        users.markLearned(turn.userId(), cardId);
        GuideCards.Card card = cards.card(turn.user().language(), cardId);
        return new Action.Reply(turn.chatId(), cardText(card, false), cardKeyboard(turn.texts(), card, false));
    }

    /** A button that opens a card in place, for answers that point to a topic. */
    public Button cardButton(Texts texts, String cardId) {
        return new Button(cards.card(texts.language(), cardId).title(), data("c:" + cardId));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        int messageId = turn.inbound().button().messageId();
        if ("menu".equals(payload)) {
            return List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get(GuideCards.MENU_KEY),
                    menuKeyboard(turn)));
        }
        String[] parts = payload.split(":", 2);
        if (parts.length != 2 || !cards.exists(parts[1]) || !("c".equals(parts[0]) || "m".equals(parts[0]))) {
            return List.of(turn.notice("fallback.stale_button"));
        }
        boolean more = "m".equals(parts[0]);
        GuideCards.Card card = cards.card(turn.user().language(), parts[1]);
        users.markLearned(turn.userId(), card.id());
        return List.of(new Action.Edit(turn.chatId(), messageId, cardText(card, more),
                cardKeyboard(turn.texts(), card, more)));
    }

    private Keyboard menuKeyboard(Turn turn) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (GuideCards.Card card : cards.cards(turn.user().language())) {
            row.add(new Button(card.title(), data("c:" + card.id())));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        return new Keyboard(rows);
    }

    private static String cardText(GuideCards.Card card, boolean more) {
        String text = card.title() + "\n\n" + card.text();
        return more ? text + "\n\n" + card.more() : text;
    }

    private Keyboard cardKeyboard(Texts texts, GuideCards.Card card, boolean more) {
        List<List<Button>> rows = new ArrayList<>();
        if (!more) {
            rows.add(List.of(new Button(texts.get(GuideCards.MORE_KEY), data("m:" + card.id()))));
        }
        List<Button> related = new ArrayList<>();
        for (String id : card.related()) {
            related.add(new Button(cards.card(texts.language(), id).title(), data("c:" + id)));
            if (related.size() == 2) {
                rows.add(related);
                related = new ArrayList<>();
            }
        }
        rows.add(related);
        rows.add(List.of(new Button(texts.get(GuideCards.BACK_KEY), data("menu"))));
        return new Keyboard(rows);
    }
}
