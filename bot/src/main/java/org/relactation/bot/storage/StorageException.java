package org.relactation.bot.storage;

/** The database cannot be opened; the message is one line fit for an operator. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
