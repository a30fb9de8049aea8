package org.relactation.bot.app;

import org.relactation.bot.config.SettingsException;
import org.relactation.bot.logging.Redaction;
import org.relactation.bot.storage.StorageException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why the bot could not start, in one line an operator can act on (no stack trace: run with LOG_LEVEL=DEBUG to get
 * it): a refused token, an unreachable Bot API, a port in use, an unwritable folder, a damaged database file.
 * Operator text, English only, like the other start-up lines. Never holds the token.
 */
final class StartupFailure {
    private StartupFailure() {
    }

    /**
     * @param apiUrl the Bot API address the bot was given (TELEGRAM_API_URL), named when it cannot be reached
     */
    static String line(Throwable failure, URI apiUrl) {
        return Redaction.redact(describe(failure, apiUrl)).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String describe(Throwable failure, URI apiUrl) {
        if (failure instanceof StorageException || failure instanceof SettingsException) {
            return failure.getMessage();
        }
        TelegramApiRequestException refused = find(failure, TelegramApiRequestException.class);
        if (refused != null) {
            Integer code = refused.getErrorCode();
            String said = (code == null ? "" : code + " ") + (refused.getApiResponse() == null ? ""
                    : refused.getApiResponse());
            if (code != null && (code == 401 || code == 404)) {
                return "Telegram refused the bot token (" + said.strip() + "): check BOT_TOKEN, as @BotFather gave it "
                        + "(/mybots, API Token).";
            }
            return "The Telegram Bot API refused to start the bot (" + said.strip() + ").";
        }
        BindException bind = find(failure, BindException.class);
        if (bind != null) {
            String which = failure instanceof UncheckedIOException ? failure.getMessage() : "A port cannot be opened";
            return which + ": " + reason(bind) + " (another program, or another bot, listens there).";
        }
        IOException unreachable = firstOf(failure);
        if (unreachable != null) {
            return "Cannot reach the Telegram Bot API at " + origin(apiUrl) + " (" + unreachable.getClass()
                    .getSimpleName() + reasonAfterColon(unreachable) + "): check the network, or TELEGRAM_API_URL.";
        }
        if (find(failure, UnresolvedAddressException.class) != null) {
            return "Cannot reach the Telegram Bot API at " + origin(apiUrl) + " (its name does not resolve): check "
                    + "the network, or TELEGRAM_API_URL.";
        }
        if (failure instanceof UncheckedIOException io && io.getCause() != null) {
            return io.getMessage() + ": " + reason(io.getCause());
        }
        return "The bot could not start: " + failure.getClass().getSimpleName() + reasonAfterColon(failure);
    }

    /** The first failure to connect (refused, no route, unknown host, timed out, TLS) in the causes. */
    private static IOException firstOf(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                    || e instanceof SocketTimeoutException || e instanceof SSLException) {
                return (IOException) e;
            }
        }
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof IOException io && !(e instanceof BindException)) {
                return io;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }

    /** scheme://host:port, never the path (which holds the token). */
    private static String origin(URI apiUrl) {
        if (apiUrl == null || apiUrl.getHost() == null) {
            return "TELEGRAM_API_URL";
        }
        return apiUrl.getScheme() + "://" + apiUrl.getHost() + (apiUrl.getPort() == -1 ? "" : ":" + apiUrl.getPort());
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reasonAfterColon(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
    }
}
