package org.relactation.bot.conversation;

import java.util.Objects;

/** Something the bot does in answer: the closed set every transport knows how to carry out. */
public sealed interface Action {

    long chatId();

    /** A new text message, optionally with buttons. Plain text: no markup to escape or to break. */
    record Reply(long chatId, String text, Keyboard keyboard) implements Action {
        public Reply {
            Objects.requireNonNull(text, "text");
            keyboard = keyboard == null ? Keyboard.NONE : keyboard;
        }

        public Reply(long chatId, String text) {
            this(chatId, text, Keyboard.NONE);
        }
    }

    /** Replace the text and buttons of a message the bot sent earlier. */
    record Edit(long chatId, int messageId, String text, Keyboard keyboard) implements Action {
        public Edit {
            Objects.requireNonNull(text, "text");
            keyboard = keyboard == null ? Keyboard.NONE : keyboard;
        }
    }

    /** A picture (PNG) with an optional caption. */
    record Photo(long chatId, byte[] png, String fileName, String caption) implements Action {
    }

    /** A file to download, such as an export. */
    record Document(long chatId, byte[] content, String fileName, String mimeType, String caption)
            implements Action {
    }

    /** The acknowledgement every button press needs; an optional short notice pops up for the parent. */
    record AnswerButton(long chatId, String callbackId, String notice) implements Action {
    }
}
