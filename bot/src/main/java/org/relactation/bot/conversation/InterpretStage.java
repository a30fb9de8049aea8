package org.relactation.bot.conversation;

/**
 * Interpret: what the update is and so which handler answers it: a press (by its data's prefix), a parent's first
 * messages before they set up, something that is not text, text the warning already answered, or text (a command in
 * any language, an answer to the bot's open question, or parts the interpreter reads: a log, a question, a feeling,
 * a mix).
 */
final class InterpretStage implements Stage {
    private final Handlers handlers;

    InterpretStage(Handlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void on(Handling handling) {
        handling.interpretation(read(handling.turn(), handling.verdict().answered()));
    }

    private Interpretation read(Turn turn, boolean warningAnswered) {
        Inbound inbound = turn.inbound();
        if (inbound.isButton()) {
            String[] data = inbound.button().data().split(":", 2);
            ButtonHandler handler = data.length == 2 ? handlers.button(data[0]) : null;
            return Interpretation.press(handlers, turn, handler, handler == null ? null : data[1]);
        }
        Command command = handlers.command(inbound.command());
        Interpretation.Kind kind;
        if (setUpFirst(turn, command)) {
            kind = Interpretation.Kind.SET_UP;
        } else if (!inbound.isText()) {
            kind = Interpretation.Kind.NOT_TEXT;
        } else if (warningAnswered) {
            kind = Interpretation.Kind.WARNING_ANSWERED;
        } else {
            kind = Interpretation.Kind.TEXT;
        }
        return Interpretation.of(kind, handlers, turn, command);
    }

    /** A parent who never started, writing anything but the command that sets them up. */
    private boolean setUpFirst(Turn turn, Command command) {
        SetUp setUp = handlers.setUp;
        return setUp != null && setUp.needed(turn.user()) && command != setUp
                && !(command != null && command.beforeSetUp());
    }
}
