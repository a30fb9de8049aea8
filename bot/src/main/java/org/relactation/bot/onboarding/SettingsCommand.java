package org.relactation.bot.onboarding;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.ButtonHandler;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.List;
import java.util.function.Function;

/** /settings: every answer with a button to change it; the buttons ({@code set:...}) start a one-question flow. */
public final class SettingsCommand implements Command, ButtonHandler {
    private final SettingsView view;
    private final OnboardingFlow flow;
    private final Function<Turn, List<Action>> chooseLanguage;

    public SettingsCommand(SettingsView view, OnboardingFlow flow, Function<Turn, List<Action>> chooseLanguage) {
        this.view = view;
        this.flow = flow;
        this.chooseLanguage = chooseLanguage;
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public String prefix() {
        return SettingsView.PREFIX;
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(view.show(turn));
    }

    @Override
    public List<Action> press(Turn turn, String payload) {
        if (SettingsView.LANGUAGE.equals(payload)) {
            return chooseLanguage.apply(turn);
        }
        Question question = Question.byCode(payload);
        if (question == null) {
            return List.of(turn.notice("fallback.stale_button"));
        }
        return flow.change(turn, question);
    }
}
