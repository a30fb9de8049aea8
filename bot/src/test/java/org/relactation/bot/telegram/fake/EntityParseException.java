package org.relactation.bot.telegram.fake;

/** A markup error, worded as Telegram words it after "Bad Request: can't parse entities: ". */
final class EntityParseException extends RuntimeException {
    EntityParseException(String message) {
        super(message, null, false, false);
    }
}
