package org.relactation.bot.onboarding;

import org.relactation.bot.conversation.Action;
import org.relactation.bot.conversation.Command;
import org.relactation.bot.conversation.Turn;

import java.util.List;

/** /timezone: asks where the parent is, confirms the zone, saves it. */
public final class TimezoneCommand implements Command {
    private final OnboardingFlow flow;

    public TimezoneCommand(OnboardingFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "timezone";
    }

    @Override
    public List<Action> run(Turn turn) {
        return flow.change(turn, Question.TIMEZONE);
    }
}
