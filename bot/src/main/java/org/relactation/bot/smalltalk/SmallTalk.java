package org.relactation.bot.smalltalk;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.TextHandler;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.guidance.GuideCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greetings, thanks, an "ok", an emoji and feelings, answered as a person would instead of with "I'm not sure" and
 * the topics. A greeting gets hello and what the bot can do (and /start for someone who has not started); thanks,
 * an "ok" or an emoji a short acknowledgement; tiredness, frustration, guilt, sadness or wanting to give up a short,
 * warm reply that reflects it, gives one concrete step and offers the feelings topic. A feeling with a question
 * gets both: the reply, then the answer the question handler finds. The reply is in the language the small talk
 * was written in. After a warning sign the warning has said what matters: no feeling reply is added.
 */
public final class SmallTalk implements TextHandler {
    /** Feelings, the one that most needs answering first. */
    public static final List<String> FEELINGS = List.of("give_up", "guilt", "sad", "worried", "frustrated", "tired", "proud",
            "feeling");
    /** Joy, pride, relief: the one feeling that cheers. */
    public static final String JOY = "proud";
    /** Said of oneself ("I feel...", "me siento..."), whatever the feeling: a feeling even with many words. */
    static final String OPENER = "feeling";
    public static final String SUPPORT_CARD = "feelings";
    /** A feeling counts in a message of this many words or fewer even without "I" or "me" ("so tired"). */
    public static final int SHORT = 4;
    /** A statement said of oneself shares how it goes from this many words ("i just couldnt today"). */
    static final int OF_ONESELF_WORDS = 3;
    /** Thanks or hello with a joyful emoji may come with this many other words and stay thanks or hello. */
    static final int WARM_WORDS = 3;

    private final ContentCatalog content;
    private final SmallTalkWords words;
    private final GuideCommand guide;
    private final TextHandler questions;

    /**
     * @param questions what answers a question that comes with a feeling ("so tired, can I skip the night one?")
     */
    public SmallTalk(ContentCatalog content, GuideCommand guide, TextHandler questions) {
        this.content = content;
        this.words = new SmallTalkWords(content);
        this.guide = guide;
        this.questions = questions;
    }

    @Override
    public Optional<List<Action>> handle(Turn turn) {
        String text = turn.inbound().text();
        if (text == null || text.isBlank() || text.startsWith("/")) {
            return Optional.empty();
        }
        if (SmallTalkWords.words(text).isEmpty()) {
            // Emoji only ("👍", "🙂", "😭"); punctuation alone ("???") is left to the "not sure" answer.
            boolean emoji = text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
            return emoji ? Optional.of(List.of(emoji(turn, text))) : Optional.empty();
        }
        SmallTalkWords.Reading reading = words.read(text, turn.user().language());
        Texts texts = content.texts(reading.language());
        String feeling = feeling(reading);
        if (feeling != null) {
            if (turn.warned()) {
                return Optional.empty();
            }
            List<Action> actions = new ArrayList<>();
            actions.add(new Action.Reply(turn.chatId(), texts.get("smalltalk.replies.feeling." + feeling),
                    Keyboard.of(List.of(guide.cardButton(texts, SUPPORT_CARD)))));
            if (reading.question()) {
                questions.handle(turn).ifPresent(actions::addAll);
            }
            return Optional.of(actions);
        }
        if (FEELINGS.stream().noneMatch(reading::has) && reading.otherWords() == 0 && !reading.kinds().isEmpty()) {
            return Optional.of(List.of(new Action.Reply(turn.chatId(), texts.get(social(turn, reading)))));
        }
        return Optional.empty();
    }

    /**
     * The feeling a message shares, the one that most needs answering first: one said in words ({@link #worded}); a
     * feeling word in a message about the parent's own weeks of effort or with a sad emoji; weeks of effort with
     * nothing to show ("three weeks and barely a drop"); a joyful emoji (proud) or a sad one; null for none.
     */
    public static String feeling(SmallTalkWords.Reading reading) {
        String worded = worded(reading);
        if (worded != null) {
            return worded;
        }
        boolean span = reading.signals().contains(SmallTalkWords.SPAN);
        String feeling = FEELINGS.stream().filter(reading::has).findFirst().orElse(null);
        if (feeling != null && (span || reading.sadEmoji())) {
            return feeling; // "casi un mes sacándome y casi nada 😞": their own weeks, or their own tears
        }
        if (span && reading.signals().contains(SmallTalkWords.LACK)) {
            return "frustrated"; // "three weeks and barely a drop": weeks of effort with nothing to show
        }
        boolean social = reading.has("thanks") || reading.has("greeting");
        // "12 ml 🥳"; but "mil gracias de verdad 🥰", "holiii 😊": thanks or hello, warmly, with a few words more
        // and no feeling named
        boolean opensSocial = "thanks".equals(reading.opensWith()) || "greeting".equals(reading.opensWith());
        boolean warmly = social && (reading.otherWords() == 0
                || feeling == null && opensSocial && reading.otherWords() <= WARM_WORDS);
        if (reading.joyEmoji() && !warmly) {
            return JOY;
        }
        return reading.sadEmoji() ? OPENER : null;
    }

    /**
     * The feeling a message shares in words: a feeling word said of oneself, in a few words ("so tired"), first
     * ("sick of washing pump parts", "honestly exhausted and kinda hopeless"), with nothing but feelings and filler
     * around it, or anything said after "I feel" / "me siento"; null for none. Where it names several, the one that
     * most needs answering.
     */
    public static String worded(SmallTalkWords.Reading reading) {
        String feeling = FEELINGS.stream().filter(reading::has).findFirst().orElse(null);
        boolean shared = reading.aboutSelf() || reading.words() <= SHORT || reading.has(OPENER)
                || opensWithFeeling(reading) || reading.otherWords() == 0;
        return feeling != null && shared ? feeling : null;
    }

    /** Whether the first word of substance starts a feeling ("exhausted and kinda hopeless", "why bother"). */
    public static boolean opensWithFeeling(SmallTalkWords.Reading reading) {
        return reading.opensWith() != null && FEELINGS.contains(reading.opensWith());
    }

    /**
     * Whether a message nothing else understood is said of oneself, as a statement of a few words ("my body just
     * won't cooperate", "no sé ni por qué sigo"): how it is going for them, even without a feeling word. Such a
     * message gets a word for how it feels rather than "not sure" and a list of topics.
     */
    public static boolean ofOneself(SmallTalkWords.Reading reading) {
        return reading.aboutSelf() && !reading.question() && reading.words() >= OF_ONESELF_WORDS;
    }

    /**
     * The answer to a message no other handler took that the interpreter reads as a feeling ({@link #ofOneself}):
     * the general feeling reply and the feelings topic; empty after a warning, which said what matters.
     */
    public Optional<List<Action>> generalFeeling(Turn turn) {
        if (turn.warned()) {
            return Optional.empty();
        }
        Texts texts = content.texts(words.read(turn.inbound().text(), turn.user().language()).language());
        return Optional.of(List.of(new Action.Reply(turn.chatId(), texts.get("smalltalk.replies.feeling." + OPENER),
                Keyboard.of(List.of(guide.cardButton(texts, SUPPORT_CARD))))));
    }

    /** Thanks before a greeting ("hi, thanks!"), a greeting before an "ok". */
    private static String social(Turn turn, SmallTalkWords.Reading reading) {
        if (reading.has("thanks")) {
            return "smalltalk.replies.thanks";
        }
        if (reading.has("greeting")) {
            boolean started = turn.user().planStartedAt() != null || turn.user().inFlow();
            return started ? "smalltalk.replies.greeting" : "smalltalk.replies.greeting_new";
        }
        return "smalltalk.replies.okay";
    }

    /** A message of emoji only: a sad one gets the feeling reply, any other a heart back. */
    private Action emoji(Turn turn, String text) {
        Texts texts = turn.texts();
        boolean sad = texts.get("smalltalk.sad_emoji").codePoints()
                .filter(c -> !Character.isWhitespace(c)).anyMatch(c -> text.indexOf(c) >= 0 && c > 0x2000);
        if (sad && !turn.warned()) {
            return new Action.Reply(turn.chatId(), texts.get("smalltalk.replies.feeling.sad"),
                    Keyboard.of(List.of(guide.cardButton(texts, SUPPORT_CARD))));
        }
        return new Action.Reply(turn.chatId(), texts.get("smalltalk.replies.emoji"));
    }
}
