package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.ContentException;
import org.relactation.bot.content.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The guidance topics of content/LANG/guide.yaml, in menu order. The card ids come from {@code guide.order}, and
 * the menu's sections ({@code guide.sections}) hold every card exactly once. Every card has a title (a button
 * label), a short answer, a longer "more", when to get help, its sources, related card ids and example questions
 * (for {@link QuestionMatcher}, never shown); a skill has how-to steps, and a card may have facets: sub-answers to
 * one specific question ("how long in the fridge?"), each with a title, a text and example questions of its own.
 * Everything is checked at construction, so a broken card stops start-up rather than a chat.
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
    /** Above a skill's numbered steps. */
    public static final String STEPS_KEY = "guide.steps";
    /** The line saying when to get help: {help}. */
    public static final String HELP_KEY = "guide.help";
    /** The line naming a card's sources: {sources}. */
    public static final String SOURCES_KEY = "guide.sources";
    /** Heading of the related-topic buttons. */
    public static final String RELATED_KEY = "guide.related";

    /** An id goes into callback data (64 bytes at most), so ids are short: [a-z_], at most 20 characters. */
    public static final int MAX_ID_LENGTH = 20;
    /** A title is a button label: at most 32 characters (code points, so an emoji counts as one). */
    public static final int MAX_TITLE_LENGTH = 32;

    static final String ORDER_KEY = "guide.order";
    static final String SECTIONS_KEY = "guide.sections.";
    private static final List<String> FIELDS = List.of("title", "text", "more", "help", "sources", "related",
            "questions");
    private static final List<String> FACET_FIELDS = List.of("title", "text", "questions");
    private static final Pattern ID = Pattern.compile("[a-z_]{1," + MAX_ID_LENGTH + "}");
    private static final Pattern FACET_ID = Pattern.compile("[a-z0-9_]{1," + MAX_ID_LENGTH + "}");
    /** Steps are numbered when shown; a card teaches one skill, not a manual. */
    static final int MAX_STEPS = 8;

    /**
     * A sub-answer of a card: the answer to one specific question inside its topic; {@code country} (an ISO code,
     * or null) when it is about one country (a helpline, the law at work).
     */
    public record Facet(String id, String title, String text, String country) {
    }

    /** One card in one language; {@code steps} is empty unless the card teaches a skill. */
    public record Card(String id, String title, String text, String more, String help, String sources,
                       List<String> steps, List<String> related, List<Facet> facets) {
        public Card {
            steps = List.copyOf(steps);
            related = List.copyOf(related);
            facets = List.copyOf(facets);
        }

        public Optional<Facet> facet(String facetId) {
            return facets.stream().filter(facet -> facet.id().equals(facetId)).findFirst();
        }
    }

    /** A group of cards in the topic menu. */
    public record Section(String id, String title, List<String> cardIds) {
        public Section {
            cardIds = List.copyOf(cardIds);
        }
    }

    private final List<String> ids;
    private final String fallbackLanguage;
    private final Map<String, Map<String, Card>> byLanguage;
    private final Map<String, Map<String, List<String>>> questions;
    /** Language to card id to facet id to the facet's example questions. */
    private final Map<String, Map<String, Map<String, List<String>>>> facetQuestions;
    private final Map<String, List<Section>> sections;

    public GuideCards(ContentCatalog catalog) {
        this(catalog.fallbackLanguage(), catalog.languages(), language -> catalog.texts(language).under(""));
    }

    /**
     * Cards from {@code texts(language)}, all texts of a language by key; the first of {@code languages} that is
     * {@code fallbackLanguage} gives the card ids.
     */
    GuideCards(String fallbackLanguage, List<String> languages, Function<String, Map<String, String>> texts) {
        this.fallbackLanguage = fallbackLanguage;
        List<String> problems = new ArrayList<>();
        String order = texts.apply(fallbackLanguage).get(ORDER_KEY);
        this.ids = order == null ? List.of() : List.copyOf(ContentLists.commaSeparated(order));
        checkIds(problems);
        Map<String, Map<String, Card>> cards = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> examples = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, List<String>>>> facetExamples = new LinkedHashMap<>();
        Map<String, List<Section>> menus = new LinkedHashMap<>();
        for (String language : languages) {
            Map<String, String> text = texts.apply(language);
            String languageOrder = text.get(ORDER_KEY);
            if (languageOrder == null || !ContentLists.commaSeparated(languageOrder).equals(ids)) {
                problems.add(language + " '" + ORDER_KEY + "' differs from " + fallbackLanguage
                        + "'s: card ids are not translated");
            }
            Map<String, Card> languageCards = new LinkedHashMap<>();
            Map<String, List<String>> languageQuestions = new LinkedHashMap<>();
            Map<String, Map<String, List<String>>> languageFacetQuestions = new LinkedHashMap<>();
            for (String id : ids) {
                String prefix = "guide.cards." + id + ".";
                List<String> missing = FIELDS.stream().filter(field -> text.get(prefix + field) == null).toList();
                if (!missing.isEmpty()) {
                    problems.add(language + " card '" + id + "' lacks " + missing);
                    continue;
                }
                Map<String, List<String>> facetLines = new LinkedHashMap<>();
                List<Facet> facets = facets(language, id, text, facetLines, problems);
                String steps = text.get(prefix + "steps");
                Card card = new Card(id, text.get(prefix + "title"), text.get(prefix + "text"),
                        text.get(prefix + "more"), text.get(prefix + "help"), text.get(prefix + "sources"),
                        steps == null ? List.of() : ContentLists.lines(steps),
                        ContentLists.commaSeparated(text.get(prefix + "related")), facets);
                checkCard(language, card, problems);
                List<String> questions = ContentLists.lines(text.get(prefix + "questions"));
                if (questions.isEmpty()) {
                    problems.add(language + " card '" + id + "' has no example questions");
                }
                languageCards.put(id, card);
                languageQuestions.put(id, questions);
                languageFacetQuestions.put(id, Map.copyOf(facetLines));
            }
            cards.put(language, Map.copyOf(languageCards));
            examples.put(language, Map.copyOf(languageQuestions));
            facetExamples.put(language, Map.copyOf(languageFacetQuestions));
            menus.put(language, sections(language, text, problems));
        }
        checkSectionsAgree(menus, problems);
        if (!problems.isEmpty()) {
            throw new ContentException("Guide card problems: " + String.join("; ", problems));
        }
        this.byLanguage = Map.copyOf(cards);
        this.questions = Map.copyOf(examples);
        this.facetQuestions = Map.copyOf(facetExamples);
        this.sections = Map.copyOf(menus);
    }

    private static List<Facet> facets(String language, String cardId, Map<String, String> text,
                                      Map<String, List<String>> questions, List<String> problems) {
        String prefix = "guide.cards." + cardId + ".facets.";
        Set<String> facetIds = new LinkedHashSet<>();
        text.keySet().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> facetIds.add(key.substring(prefix.length()).split("\\.", 2)[0]));
        List<Facet> facets = new ArrayList<>();
        for (String facetId : facetIds) {
            String where = language + " card '" + cardId + "' facet '" + facetId + "'";
            String facetPrefix = prefix + facetId + ".";
            if (!FACET_ID.matcher(facetId).matches()) {
                problems.add(where + ": ids are [a-z0-9_], 1 to " + MAX_ID_LENGTH + " characters");
            }
            List<String> missing = FACET_FIELDS.stream().filter(field -> text.get(facetPrefix + field) == null)
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(where + " lacks " + missing);
                continue;
            }
            Facet facet = new Facet(facetId, text.get(facetPrefix + "title"), text.get(facetPrefix + "text"),
                    text.get(facetPrefix + "country"));
            checkTitle(where, facet.title(), problems);
            List<String> lines = ContentLists.lines(text.get(facetPrefix + "questions"));
            if (lines.isEmpty()) {
                problems.add(where + " has no example questions");
            }
            facets.add(facet);
            questions.put(facetId, lines);
        }
        return facets;
    }

    private List<Section> sections(String language, Map<String, String> text, List<String> problems) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        text.forEach((key, value) -> {
            if (key.startsWith(SECTIONS_KEY)) {
                String[] parts = key.substring(SECTIONS_KEY.length()).split("\\.", 2);
                if (parts.length == 2 && parts[1].equals("title")) {
                    titles.put(parts[0], value);
                } else if (parts.length == 2 && parts[1].equals("cards")) {
                    members.put(parts[0], ContentLists.commaSeparated(value));
                } else {
                    problems.add(language + " '" + key + "': a section has a title and cards, nothing else");
                }
            }
        });
        List<Section> found = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, String> title : titles.entrySet()) {
            String where = language + " section '" + title.getKey() + "'";
            checkTitle(where, title.getValue(), problems);
            List<String> cardIds = members.getOrDefault(title.getKey(), List.of());
            if (cardIds.isEmpty()) {
                problems.add(where + " has no cards");
            }
            cardIds.stream().filter(id -> !ids.contains(id))
                    .forEach(id -> problems.add(where + " lists unknown card '" + id + "'"));
            placed.addAll(cardIds);
            found.add(new Section(title.getKey(), title.getValue(), cardIds));
        }
        if (titles.isEmpty()) {
            problems.add(language + " has no 'guide.sections'");
        }
        // Texts keep no file order: sections come in the order of their first card in guide.order.
        found.sort(Comparator.comparingInt(section -> section.cardIds().isEmpty() ? Integer.MAX_VALUE
                : ids.indexOf(section.cardIds().get(0))));
        for (String id : ids) {
            long times = placed.stream().filter(id::equals).count();
            if (times != 1) {
                problems.add(language + " card '" + id + "' is in " + times + " menu sections, not 1");
            }
        }
        return found;
    }

    private void checkSectionsAgree(Map<String, List<Section>> menus, List<String> problems) {
        List<Section> reference = menus.get(fallbackLanguage);
        if (reference == null) {
            return;
        }
        menus.forEach((language, menu) -> {
            List<List<String>> shape = menu.stream().map(section -> List.of(section.id(),
                    String.join(",", section.cardIds()))).toList();
            List<List<String>> referenceShape = reference.stream().map(section -> List.of(section.id(),
                    String.join(",", section.cardIds()))).toList();
            if (!shape.equals(referenceShape)) {
                problems.add(language + " 'guide.sections' differ from " + fallbackLanguage
                        + "'s: section ids and cards are not translated");
            }
        });
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

    /** The menu's sections in {@code language} (or the fallback language), in order. */
    public List<Section> sections(String language) {
        return sections.getOrDefault(language, sections.get(fallbackLanguage));
    }

    public Optional<Section> section(String language, String id) {
        return sections(language).stream().filter(section -> section.id().equals(id)).findFirst();
    }

    /** The example questions of each facet of a card, by facet id; empty for a card without facets. */
    public Map<String, List<String>> facetQuestions(String language, String id) {
        Map<String, Map<String, List<String>>> languageQuestions =
                facetQuestions.getOrDefault(language, facetQuestions.get(fallbackLanguage));
        return languageQuestions.getOrDefault(id, Map.of());
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

    private static void checkTitle(String where, String title, List<String> problems) {
        int titleLength = title.codePointCount(0, title.length());
        if (titleLength > MAX_TITLE_LENGTH) {
            problems.add(where + " title is " + titleLength + " characters, over " + MAX_TITLE_LENGTH);
        }
    }

    private void checkCard(String language, Card card, List<String> problems) {
        String where = language + " card '" + card.id() + "'";
        checkTitle(where, card.title(), problems);
        if (card.steps().size() > MAX_STEPS) {
            problems.add(where + " has " + card.steps().size() + " steps, over " + MAX_STEPS);
        }
        if (ContentLists.commaSeparated(card.sources()).isEmpty()) {
            problems.add(where + " names no sources");
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
