package org.relactation.bot.onboarding;

import org.relactation.bot.content.Texts;
import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Button;
import org.relactation.bot.conversation.Keyboard;
import org.relactation.bot.conversation.Turn;
import org.relactation.bot.plan.PlanWriter;
import org.relactation.bot.parent.UserProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parent's answers at a glance, with a button to change each (data {@code set:<question>}). */
public final class SettingsView {
    static final String PREFIX = "set";
    static final String LANGUAGE = "language";

    public Action.Reply show(Turn turn) {
        Texts texts = turn.texts();
        UserProfile user = turn.user();
        StringBuilder text = new StringBuilder(texts.get("settings.title")).append("\n\n");
        List<Button> buttons = new ArrayList<>();
        for (Question question : Question.values()) {
            if (!question.appliesTo(user.setup())) {
                continue;
            }
            String label = texts.get("settings.labels." + question.code);
            text.append(texts.get("settings.line", Map.of("label", label, "value", value(question, user, texts))))
                    .append('\n');
            buttons.add(new Button(label, PREFIX + ":" + question.code));
        }
        String languageLabel = texts.get("settings.labels." + LANGUAGE);
        text.append(texts.get("settings.line", Map.of("label", languageLabel, "value", texts.get("language.name"))))
                .append("\n\n").append(texts.get("settings.change"));
        buttons.add(new Button(languageLabel, PREFIX + ":" + LANGUAGE));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 2) {
            rows.add(buttons.subList(i, Math.min(i + 2, buttons.size())));
        }
        return new Action.Reply(turn.chatId(), text.toString(), new Keyboard(rows));
    }

    private static String value(Question question, UserProfile user, Texts texts) {
        UserProfile.Setup setup = user.setup();
        UserProfile.Rhythm rhythm = user.rhythm();
        String choice = switch (question) {
            case SITUATION -> setup.situation();
            case GAP -> setup.gap();
            case BABY_AGE -> setup.babyAge();
            case FEEDING -> setup.feeding();
            case GOAL -> setup.goal();
            case NIGHT -> rhythm.nightSession() == null ? null : rhythm.nightSession() ? "yes" : "no";
            case TIMEZONE, DUE, SESSIONS, HOURS -> null;
        };
        String value = switch (question) {
            case TIMEZONE -> user.timezone();
            case DUE -> setup.dueDate() == null ? null : PlanWriter.expectedDate(texts, LocalDate.parse(setup.dueDate()));
            case SESSIONS -> rhythm.sessionsPerDay() == null ? null : String.valueOf(rhythm.sessionsPerDay());
            case HOURS -> rhythm.wakeFrom() == null || rhythm.wakeTo() == null ? null
                    : texts.get("settings.hours_value", Map.of("from", rhythm.wakeFrom(), "to", rhythm.wakeTo()));
            default -> choice == null || !question.choices.contains(choice) ? null
                    : texts.get(question.choiceKey(choice));
        };
        return value == null ? texts.get("settings.unset") : value;
    }
}
