package org.relactation.bot.guidance;

import org.relactation.bot.account.TimeZoneResolver;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.text.Clauses;
import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

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
    private final BiPredicate<String, String> asks;
    private final GuideCards cards;
    private final Countries countries;
    /** Words that point back ("that", "eso"): content guide.points_back, every language. */
    private final Set<String> pointers = new HashSet<>();
    /** A pointing word counts among a question's first words only. */
    static final int REFERS_BACK_WITHIN = 4;

    /**
     * @param asks whether a text asks by its form (a question mark, a question word first), in a language: the
     *             asking clause of a longer message is its question
     */
    public QuestionHandler(QuestionMatcher matcher, GuideCommand guide, ContentCatalog content, GuideCards cards,
                           BiPredicate<String, String> asks) {
        this.matcher = matcher;
        this.guide = guide;
        this.content = content;
        this.cards = cards;
        this.asks = asks;
        this.countries = new Countries(content);
        for (String language : content.languages()) {
            for (String word : content.texts(language).get("guide.points_back").split(",")) {
                pointers.addAll(Words.of(word));
            }
        }
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        // "I have a fever and a red lump, how often should I pump?": after a warning sign, the sign was answered and
        // the asking clause is the question; otherwise the whole message is, its context included ("my baby
        // refuses the breast, what do I do?").
        // The language the message is written in (the parent's own when that is not clear).
        String language = turn.texts().language();
        String text = turn.inbound().text();
        String asking = askingClauses(text, language, asks);
        String question = turn.warned() && asking != null ? asking : text;
        // "is that normal?" as a part of "pumped 15 min 20 ml. is that normal?": it asks about the rest too.
        // Alone it says too little ("is that normal this early?" is no question about premature babies): the whole
        // message answers it, or nothing does.
        boolean pointsBack = turn.message() != null && !turn.warned() && refersBack(text);
        Optional<QuestionMatcher.Match> found = pointsBack ? matcher.match(language, turn.message())
                : matcher.match(language, question, question.equals(text) ? asking : null)
                .or(() -> question.equals(text) ? Optional.empty() : matcher.match(language, text, asking));
        return found
                .map(match -> List.of(facetFor(turn, match)
                        .map(facet -> guide.facet(turn, match.cardId(), facet, content.texts(match.language())))
                        .orElseGet(() -> guide.card(turn, match.cardId(), content.texts(match.language())))));
    }

    /**
     * The facet to answer with: for a topic with answers by country, the country the question names, else the
     * parent's own ("is there a helpline?" from London gets the UK one); otherwise the facet the question asks.
     */
    private Optional<String> facetFor(Turn turn, QuestionMatcher.Match match) {
        return facetFor(cards, countries, turn.inbound().text(), turn.user().timezone(), match);
    }

    /** {@link #facetFor(Turn, QuestionMatcher.Match)} for a question and the parent's zone (null if unknown). */
    static Optional<String> facetFor(GuideCards cards, Countries countries, String text, String zone,
                                     QuestionMatcher.Match match) {
        List<GuideCards.Facet> facets = cards.card(match.language(), match.cardId()).facets();
        if (facets.stream().noneMatch(facet -> facet.country() != null)) {
            return match.facet();
        }
        Optional<String> named = countries.named(text);
        Optional<String> country = named.isPresent() ? named
                : match.facet().isPresent() ? Optional.empty() : TimeZoneResolver.countryOf(zone);
        return country.flatMap(code -> facets.stream().filter(facet -> code.equals(facet.country())).findFirst()
                .map(GuideCards.Facet::id)).or(match::facet);
    }

    /** Whether a question points back at what was said before it ("is that normal", "¿es normal eso?"). */
    private boolean refersBack(String text) {
        List<String> words = Words.of(text);
        return words.stream().limit(REFERS_BACK_WITHIN).anyMatch(pointers::contains);
    }

    /**
     * The part of {@code text} that asks: its asking clauses, or the whole text when none or all of them ask by
     * their form ("sore nipples after pumping" is still a question for the guide).
     */
    String askingPart(String text, String language) {
        String asking = askingClauses(text, language, asks);
        return asking == null ? text : asking;
    }

    /**
     * The asking clauses of {@code text} (by their form, {@code asks}), or null when none or all of them ask: in
     * "baby is 10 weeks, I stopped at 3 weeks. how often should I pump" the last clause is the question and the rest
     * its context.
     */
    static String askingClauses(String text, String language, BiPredicate<String, String> asks) {
        List<String> clauses = Clauses.of(text, rest -> asks.test(rest, language));
        List<String> asking = clauses.stream().filter(clause -> asks.test(clause, language)).toList();
        return asking.isEmpty() || asking.size() == clauses.size() ? null : String.join(" ", asking);
    }

    /**
     * The honest answer when nothing matched: "I'm not sure", the few closest topics (never the whole list) and
     * where to get human help.
     */
    public List<Action> notSure(Turn turn) {
        List<String> cards = new ArrayList<>(matcher.closest(turn.texts().language(),
                turn.message() != null && refersBack(turn.inbound().text()) ? turn.message() : turn.inbound().text(),
                CLOSEST));
        cards.remove(GET_HELP);
        cards.add(GET_HELP);
        List<List<Button>> rows = new ArrayList<>();
        cards.forEach(card -> rows.add(List.of(guide.cardButton(turn.texts(), card))));
        return List.of(new Action.Reply(turn.chatId(), turn.texts().get(GuideCards.NOT_SURE_KEY),
                new Keyboard(rows)));
    }
}
