package org.relactation.bot.content;

/** The content folder is inconsistent: a start-up error, with a message naming the file and key. */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }
}
