package org.relactation.bot.conversation;

import java.util.List;

/**
 * A command that answers with one fixed text: /about (what the bot is, that it does not replace a clinician,
 * sources) and /privacy (what is stored, why, for how long, export and deletion).
 */
public final class AboutCommand implements Command {
    private final String name;

    private AboutCommand(String name) {
        this.name = name;
    }

    public static AboutCommand about() {
        return new AboutCommand("about");
    }

    public static AboutCommand privacy() {
        return new AboutCommand("privacy");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean beforeSetUp() {
        return true;
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(turn.reply(name + ".text"));
    }
}
