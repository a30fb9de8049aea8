package org.relactation.bot.conversation;

import java.util.List;

/**
 * What an update is, as the interpret stage read it, for the handle stage to answer. The parts of a text are read
 * by the interpreter only when asked for (an answer to the bot's open question may need none), and once.
 */
final class Interpretation {
    /** What kind of answer the update needs. */
    enum Kind {
        /** A button press: its handler (null when no handler has its prefix) and payload. */
        PRESS,
        /** From a parent who never started, and not the command that sets them up: the setup comes first. */
        SET_UP,
        /** A photo, a sticker, a file: the bot reads text only. */
        NOT_TEXT,
        /** Text whose warning was the whole answer: at most the open question is asked again. */
        WARNING_ANSWERED,
        /** Text to answer: a command, an answer to the open question, or parts (a log, a question, a feeling...). */
        TEXT
    }

    private final Kind kind;
    private final Handlers handlers;
    private final Turn turn;
    private final Command command;
    private final ButtonHandler button;
    private final String payload;
    private boolean flowRead;
    private Flow flow;
    private List<MessageParts.Part> parts;

    private Interpretation(Kind kind, Handlers handlers, Turn turn, Command command, ButtonHandler button,
                           String payload) {
        this.kind = kind;
        this.handlers = handlers;
        this.turn = turn;
        this.command = command;
        this.button = button;
        this.payload = payload;
    }

    static Interpretation press(Handlers handlers, Turn turn, ButtonHandler button, String payload) {
        return new Interpretation(Kind.PRESS, handlers, turn, null, button, payload);
    }

    static Interpretation of(Kind kind, Handlers handlers, Turn turn, Command command) {
        return new Interpretation(kind, handlers, turn, command, null, null);
    }

    Kind kind() {
        return kind;
    }

    /** The command typed with a slash, in any language, or null. */
    Command command() {
        return command;
    }

    ButtonHandler button() {
        return button;
    }

    String payload() {
        return payload;
    }

    /** The flow whose question the parent is answering now, or null. */
    Flow flow() {
        if (!flowRead) {
            flow = handlers.activeFlow(turn);
            flowRead = true;
        }
        return flow;
    }

    /** The parts of the text to answer one by one (none for a command, typed with a slash or not). */
    List<MessageParts.Part> parts() {
        if (parts == null) {
            Inbound inbound = turn.inbound();
            parts = command != null || inbound.command() != null ? List.of()
                    : handlers.parts().of(inbound.text(), turn.texts().language());
        }
        return parts;
    }

    /** The command a message of one part names by a word ("undo" typed: as /undo), or null. */
    Command commandWord() {
        List<MessageParts.Part> pieces = parts();
        return pieces.size() == 1 && pieces.get(0).command() != null ? handlers.command(pieces.get(0).command()) : null;
    }

    /** Whether the message is one part that reads as a log and as a question alike: the parent is asked. */
    boolean unsure() {
        List<MessageParts.Part> pieces = parts();
        return pieces.size() == 1 && pieces.get(0).unsure();
    }
}
