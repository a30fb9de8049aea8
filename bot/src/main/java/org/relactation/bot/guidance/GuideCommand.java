package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
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
 * chat does not fill up. Button data: {@code g:menu}, {@code g:c:<card>[:<language>]} (show),
 * {@code g:m:<card>[:<language>]} (more).
 * Showing a card marks it as learned, which "what should I do next?" takes into account.
 */
public final class GuideCommand implements Command, ButtonHandler {
    private final GuideCards cards;
    private final UserStore users;
    private final ContentCatalog content;

    public GuideCommand(GuideCards cards, UserStore users, ContentCatalog content) {
        this.cards = cards;
        this.users = users;
        this.content = content;
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
        return card(turn, cardId, turn.texts());
    }

    /** A card in the language of {@code texts}: a question written in Spanish gets the Spanish card. */
    public Action.Reply card(Turn turn, String cardId, Texts texts) {
        users.markLearned(turn.userId(), cardId);
        GuideCards.Card card = cards.card(texts.language(), cardId);
        return new Action.Reply(turn.chatId(), cardText(card, false), cardKeyboard(texts, card, false));
    }

    /** A button that opens a card in place, for answers that point to a topic. */
    public Button cardButton(Texts texts, String cardId) {
        return new Button(cards.card(texts.language(), cardId).title(), data("c:" + cardId + ":" + texts.language()));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        int messageId = turn.inbound().button().messageId();
        if ("menu".equals(payload)) {
            return List.of(new Action.Edit(turn.chatId(), messageId, turn.texts().get(GuideCards.MENU_KEY),
                    menuKeyboard(turn)));
        }
        String[] parts = payload.split(":", 3);
        if (parts.length < 2 || !cards.exists(parts[1]) || !("c".equals(parts[0]) || "m".equals(parts[0]))) {
            return List.of(turn.notice("fallback.stale_button"));
        }
        boolean more = "m".equals(parts[0]);
        // A card shown in the language its question was written in keeps that language ("c:<id>:<language>").
        Texts texts = parts.length == 3 && content.languages().contains(parts[2]) ? content.texts(parts[2])
                : turn.texts();
        GuideCards.Card card = cards.card(texts.language(), parts[1]);
        users.markLearned(turn.userId(), card.id());
        return List.of(new Action.Edit(turn.chatId(), messageId, cardText(card, more),
                cardKeyboard(texts, card, more)));
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
            String moreData = data("m:" + card.id() + ":" + texts.language());
            rows.add(List.of(new Button(texts.get(GuideCards.MORE_KEY), moreData)));
        }
        List<Button> related = new ArrayList<>();
        for (String id : card.related()) {
            related.add(new Button(cards.card(texts.language(), id).title(), data("c:" + id + ":" + texts.language())));
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
