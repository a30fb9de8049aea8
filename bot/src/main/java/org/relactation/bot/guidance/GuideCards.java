package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.ContentException;
import org.relactation.bot.content.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The guidance topic cards of content/LANG/guide.yaml, in menu order. The card ids come from {@code guide.order};
 * every card has a title (a button label), a short text, a longer "more", related card ids and example questions
 * (for {@link QuestionMatcher}, never shown). Everything is checked at construction, so a broken card stops
 * start-up rather than a chat.
 */
public final class GuideCards {
    /** Intro line above the topic buttons. */
    public static final String MENU_KEY = "guide.menu";
    /** Label of the button back to the topics. */
    public static final String BACK_KEY = "guide.back";
    /** Label of the button that shows a card's "more". */
    public static final String MORE_KEY = "guide.more";
    /** Said when a free-text question matches no card well enough (then show the topics). */
    public static final String NOT_SURE_KEY = "guide.not_sure";
    /** Heading of the related-topic buttons. */
    public static final String RELATED_KEY = "guide.related";

    /** An id goes into callback data (64 bytes at most), so ids are short: [a-z_], at most 20 characters. */
    public static final int MAX_ID_LENGTH = 20;
    /** A title is a button label: at most 32 characters (code points, so an emoji counts as one). */
    public static final int MAX_TITLE_LENGTH = 32;

    static final String ORDER_KEY = "guide.order";
    private static final List<String> FIELDS = List.of("title", "text", "more", "related", "questions");
    private static final Pattern ID = Pattern.compile("[a-z_]{1," + MAX_ID_LENGTH + "}");

    /** One card in one language. */
    public record Card(String id, String title, String text, String more, List<String> related) {
        public Card {
            related = List.copyOf(related);
        }
    }

    private final List<String> ids;
    private final String fallbackLanguage;
    private final Map<String, Map<String, Card>> byLanguage;
    private final Map<String, Map<String, List<String>>> questions;

    public GuideCards(ContentCatalog catalog) {
        this(catalog.fallbackLanguage(), catalog.languages(), (language, key) -> {
            Texts texts = catalog.texts(language);
            return texts.has(key) ? texts.get(key) : null;
        });
    }

    /**
     * Cards from {@code text(language, key)}, which answers null for a missing key; the first of
     * {@code languages} that is {@code fallbackLanguage} gives the card ids.
     */
    GuideCards(String fallbackLanguage, List<String> languages, BiFunction<String, String, String> text) {
        this.fallbackLanguage = fallbackLanguage;
        List<String> problems = new ArrayList<>();
        String order = text.apply(fallbackLanguage, ORDER_KEY);
        this.ids = order == null ? List.of() : List.copyOf(ContentLists.commaSeparated(order));
        checkIds(problems);
        Map<String, Map<String, Card>> cards = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> examples = new LinkedHashMap<>();
        for (String language : languages) {
            String languageOrder = text.apply(language, ORDER_KEY);
            if (languageOrder == null || !ContentLists.commaSeparated(languageOrder).equals(ids)) {
                problems.add(language + " '" + ORDER_KEY + "' differs from " + fallbackLanguage
                        + "'s: card ids are not translated");
            }
            Map<String, Card> languageCards = new LinkedHashMap<>();
            Map<String, List<String>> languageQuestions = new LinkedHashMap<>();
            for (String id : ids) {
                String prefix = "guide.cards." + id + ".";
                List<String> missing = FIELDS.stream().filter(field -> text.apply(language, prefix + field) == null)
                        .toList();
                if (!missing.isEmpty()) {
                    problems.add(language + " card '" + id + "' lacks " + missing);
                    continue;
                }
                Card card = new Card(id, text.apply(language, prefix + "title"), text.apply(language, prefix + "text"),
                        text.apply(language, prefix + "more"),
                        ContentLists.commaSeparated(text.apply(language, prefix + "related")));
                checkCard(language, card, problems);
                List<String> questions = ContentLists.lines(text.apply(language, prefix + "questions"));
                if (questions.isEmpty()) {
                    problems.add(language + " card '" + id + "' has no example questions");
                }
                languageCards.put(id, card);
                languageQuestions.put(id, questions);
            }
            cards.put(language, Map.copyOf(languageCards));
            examples.put(language, Map.copyOf(languageQuestions));
        }
        if (!problems.isEmpty()) {
            throw new ContentException("Guide card problems: " + String.join("; ", problems));
        }
        this.byLanguage = Map.copyOf(cards);
        this.questions = Map.copyOf(examples);
    }

    /** The card ids in menu order. */
    public List<String> ids() {
        return ids;
    }

    public boolean exists(String id) {
        return ids.contains(id);
    }

    /** The card {@code id} in {@code language} (or the fallback language); empty for an unknown id (an old button). */
    public Optional<Card> find(String language, String id) {
        return Optional.ofNullable(cardsOf(language).get(id));
    }

    /** The card {@code id} in {@code language} (or the fallback language); an unknown id is a programming error. */
    public Card card(String language, String id) {
        return find(language, id).orElseThrow(() -> new IllegalArgumentException("No guide card '" + id + "'"));
    }

    /** All cards of {@code language} in menu order. */
    public List<Card> cards(String language) {
        Map<String, Card> cards = cardsOf(language);
        return ids.stream().map(cards::get).toList();
    }

    /** The example questions of a card, one phrasing each: the search index is built from them. */
    public List<String> questions(String language, String id) {
        Map<String, List<String>> languageQuestions = questions.getOrDefault(language, questions.get(fallbackLanguage));
        return languageQuestions.get(id);
    }

    private Map<String, Card> cardsOf(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(fallbackLanguage));
    }

    private void checkIds(List<String> problems) {
        if (ids.isEmpty()) {
            problems.add("'" + ORDER_KEY + "' lists no cards");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!ID.matcher(id).matches()) {
                problems.add("card id '" + id + "' must be [a-z_], 1 to " + MAX_ID_LENGTH + " characters");
            }
            if (!seen.add(id)) {
                problems.add("card id '" + id + "' is listed twice in '" + ORDER_KEY + "'");
            }
        }
    }

    private void checkCard(String language, Card card, List<String> problems) {
        String where = language + " card '" + card.id() + "'";
        int titleLength = card.title().codePointCount(0, card.title().length());
        if (titleLength > MAX_TITLE_LENGTH) {
            problems.add(where + " title is " + titleLength + " characters, over " + MAX_TITLE_LENGTH);
        }
        if (card.related().isEmpty()) {
            problems.add(where + " has no related cards");
        }
        for (String related : card.related()) {
            if (!ids.contains(related)) {
                problems.add(where + " relates to unknown card '" + related + "'");
            } else if (related.equals(card.id())) {
                problems.add(where + " relates to itself");
            }
        }
    }
}
