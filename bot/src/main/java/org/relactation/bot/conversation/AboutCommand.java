package org.relactation.bot.conversation;

import java.util.List;

/** /about: what the bot is, that it does not replace a clinician, where its guidance comes from, privacy. */
public final class AboutCommand implements Command {
    @Override
    public String name() {
        return "about";
    }

    @Override
    public List<Action> run(Turn turn) {
        return List.of(turn.reply("about.text"));
    }
}
