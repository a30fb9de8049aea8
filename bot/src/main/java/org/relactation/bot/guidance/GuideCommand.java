package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.parent.UserStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /guide: an inline menu of topic cards in sections. Navigation edits the same message (menu → section → card →
 * more or a facet → back), so the chat does not fill up. Button data: {@code g:menu}, {@code g:s:<section>},
 * {@code g:c:<card>[:<language>]} (show), {@code g:m:<card>[:<language>]} (more),
 * {@code g:f:<card>:<facet>[:<language>]} (one sub-answer). Showing a card marks it as learned, which "what should
 * I do next?" takes into account.
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
    public boolean beforeSetUp() {
        return true;
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(menu(turn, turn.texts().get(GuideCards.MENU_KEY)));
    }

    /** The topic menu (its sections) under {@code text}. */
    public Action.Reply menu(Turn turn, String text) {
        return new Action.Reply(turn.chatId(), text, menuKeyboard(turn.texts()));
    }

    /** A card as a new message, e.g. the answer to a typed question. */
    public Action.Reply card(Turn turn, String cardId) {
        return card(turn, cardId, turn.texts());
    }

    /** A card in the language of {@code texts}: a question written in Spanish gets the Spanish card. */
    public Action.Reply card(Turn turn, String cardId, Texts texts) {
        users.markLearned(turn.userId(), cardId);
        GuideCards.Card card = cards.card(texts.language(), cardId);
        return new Action.Reply(turn.chatId(), cardText(texts, card), cardKeyboard(texts, card, false));
    }

    /**
     * The answer to a question about one specific thing inside a card ("how long in the fridge?"): that facet
     * first, with buttons to the whole card and its other facets.
     */
    public Action.Reply facet(Turn turn, String cardId, String facetId, Texts texts) {
        users.markLearned(turn.userId(), cardId);
        GuideCards.Card card = cards.card(texts.language(), cardId);
        GuideCards.Facet facet = card.facet(facetId).orElseThrow(() -> new IllegalArgumentException(
                "No facet '" + facetId + "' in card '" + cardId + "'"));
        return new Action.Reply(turn.chatId(), facetText(texts, card, facet), facetKeyboard(texts, card, facet));
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
                    menuKeyboard(turn.texts())));
        }
        String[] parts = payload.split(":");
        if (parts.length == 2 && "s".equals(parts[0])) {
            return cards.section(turn.user().language(), parts[1])
                    .<List<Action>>map(section -> List.of(new Action.Edit(turn.chatId(), messageId,
                            section.title(), sectionKeyboard(turn.texts(), section))))
                    .orElseGet(() -> List.of(turn.notice("fallback.stale_button")));
        }
        if (parts.length < 2 || !cards.exists(parts[1]) || !List.of("c", "m", "f").contains(parts[0])) {
            return List.of(turn.notice("fallback.stale_button"));
        }
        boolean facet = "f".equals(parts[0]);
        int languageAt = facet ? 3 : 2;
        // A card shown in the language its question was written in keeps that language ("c:<id>:<language>").
        Texts texts = parts.length > languageAt && content.languages().contains(parts[languageAt])
                ? content.texts(parts[languageAt]) : turn.texts();
        GuideCards.Card card = cards.card(texts.language(), parts[1]);
        users.markLearned(turn.userId(), card.id());
        if (facet) {
            return parts.length > 2 ? card.facet(parts[2])
                    .<List<Action>>map(found -> List.of(new Action.Edit(turn.chatId(), messageId,
                            facetText(texts, card, found), facetKeyboard(texts, card, found))))
                    .orElseGet(() -> List.of(turn.notice("fallback.stale_button")))
                    : List.of(turn.notice("fallback.stale_button"));
        }
        boolean more = "m".equals(parts[0]);
        return List.of(new Action.Edit(turn.chatId(), messageId, more ? moreText(texts, card) : cardText(texts, card),
                cardKeyboard(texts, card, more)));
    }

    private Keyboard menuKeyboard(Texts texts) {
        List<List<Button>> rows = new ArrayList<>();
        for (GuideCards.Section section : cards.sections(texts.language())) {
            rows.add(List.of(new Button(section.title(), data("s:" + section.id()))));
        }
        return new Keyboard(rows);
    }

    private Keyboard sectionKeyboard(Texts texts, GuideCards.Section section) {
        List<Button> buttons = new ArrayList<>();
        for (String id : section.cardIds()) {
            buttons.add(new Button(cards.card(texts.language(), id).title(), data("c:" + id)));
        }
        List<List<Button>> rows = pairs(buttons);
        rows.add(List.of(new Button(texts.get(GuideCards.BACK_KEY), data("menu"))));
        return new Keyboard(rows);
    }

    /** The short answer, the steps of a skill, when to get help and the sources. */
    private static String cardText(Texts texts, GuideCards.Card card) {
        StringBuilder text = new StringBuilder(card.title()).append("\n\n").append(card.text());
        if (!card.steps().isEmpty()) {
            text.append("\n\n").append(texts.get(GuideCards.STEPS_KEY));
            for (int i = 0; i < card.steps().size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(card.steps().get(i));
            }
        }
        text.append("\n\n").append(texts.get(GuideCards.HELP_KEY, Map.of("help", card.help())));
        return text.append(sourcesLine(texts, card)).toString();
    }

    private static String moreText(Texts texts, GuideCards.Card card) {
        return card.title() + "\n\n" + card.more() + sourcesLine(texts, card);
    }

    private static String facetText(Texts texts, GuideCards.Card card, GuideCards.Facet facet) {
        return facet.title() + "\n\n" + facet.text() + sourcesLine(texts, card);
    }

    private static String sourcesLine(Texts texts, GuideCards.Card card) {
        return "\n\n" + texts.get(GuideCards.SOURCES_KEY, Map.of("sources", card.sources()));
    }

    private Keyboard cardKeyboard(Texts texts, GuideCards.Card card, boolean more) {
        String language = texts.language();
        List<List<Button>> rows = new ArrayList<>();
        if (!more) {
            rows.add(List.of(new Button(texts.get(GuideCards.MORE_KEY), data("m:" + card.id() + ":" + language))));
        }
        rows.addAll(pairs(facetButtons(card, null, language)));
        List<Button> related = new ArrayList<>();
        for (String id : card.related()) {
            related.add(new Button(cards.card(language, id).title(), data("c:" + id + ":" + language)));
        }
        rows.addAll(pairs(related));
        rows.add(List.of(new Button(texts.get(GuideCards.BACK_KEY), data("menu"))));
        return new Keyboard(rows);
    }

    private Keyboard facetKeyboard(Texts texts, GuideCards.Card card, GuideCards.Facet shown) {
        String language = texts.language();
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(new Button(card.title(), data("c:" + card.id() + ":" + language))));
        rows.addAll(pairs(facetButtons(card, shown, language)));
        rows.add(List.of(new Button(texts.get(GuideCards.BACK_KEY), data("menu"))));
        return new Keyboard(rows);
    }

    private List<Button> facetButtons(GuideCards.Card card, GuideCards.Facet shown, String language) {
        List<Button> buttons = new ArrayList<>();
        for (GuideCards.Facet facet : card.facets()) {
            if (!facet.equals(shown)) {
                buttons.add(new Button(facet.title(), data("f:" + card.id() + ":" + facet.id() + ":" + language)));
            }
        }
        return buttons;
    }

    /** Buttons two to a row. */
    private static List<List<Button>> pairs(List<Button> buttons) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 2) {
            rows.add(new ArrayList<>(buttons.subList(i, Math.min(i + 2, buttons.size()))));
        }
        return rows;
    }
}
