package org.relactation.bot.telegram.fake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Telegram's idea of a usable link, for text links and URL buttons, close to TDLib's LinkManager. */
final class Links {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", Pattern.DOTALL);
    /** A host with a letter TLD (Unicode allowed), "localhost" or an IPv4 address; a port; then the rest. */
    private static final Pattern HOST = Pattern.compile(
            "^((?:[^\\s./?#:@]+\\.)+\\p{L}{2,63}\\.?|localhost|\\d{1,3}(?:\\.\\d{1,3}){3})(:\\d{1,5})?([/?#]\\S*)?$");
    private static final Pattern MENTION = Pattern.compile("^tg:(?://)?user\\?id=([1-9][0-9]{0,18})$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCHEMES = Set.of("http", "https", "tg", "ton", "tonsite");

    private Links() {
    }

    /**
     * The link as Telegram keeps it, or null when Telegram silently drops it: a bare host gets "http://", and an
     * empty path becomes "/" ("telegram.org" turns into "http://telegram.org/").
     */
    static String checked(String link) {
        Matcher withScheme = SCHEME.matcher(link);
        if (withScheme.matches()) {
            String scheme = withScheme.group(1).toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return null;
            }
            if (scheme.equals("http") || scheme.equals("https")) {
                String rest = normalizedHostAndPath(withScheme.group(2));
                return rest == null ? null : withScheme.group(1) + "://" + rest;
            }
            return withScheme.group(2).isEmpty() ? null : link;
        }
        String rest = normalizedHostAndPath(link);
        return rest == null ? null : "http://" + rest;
    }

    private static String normalizedHostAndPath(String hostAndPath) {
        Matcher host = HOST.matcher(hostAndPath);
        if (!host.matches()) {
            return null;
        }
        String path = host.group(3) == null ? "" : host.group(3);
        String port = host.group(2) == null ? "" : host.group(2);
        return host.group(1) + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** The problem Telegram reports for a URL it refuses in a button, or null when the URL is fine. */
    static String problem(String link) {
        if (checked(link) != null) {
            return null;
        }
        Matcher withScheme = SCHEME.matcher(link);
        if (withScheme.matches() && !SCHEMES.contains(withScheme.group(1).toLowerCase(Locale.ROOT))) {
            return "Unsupported URL protocol";
        }
        return link.isBlank() ? "URL host is empty" : "Wrong HTTP URL";
    }

    /** The user id of a {@code tg://user?id=N} link, which Telegram turns into a text mention, or null. */
    static String mentionedUserId(String link) {
        Matcher mention = MENTION.matcher(link);
        return mention.matches() ? mention.group(1) : null;
    }

    /**
     * The custom emoji id of a {@code tg://emoji?id=N} link, with TDLib's error for a bad one.
     *
     * @throws EntityParseException as Telegram words the problem
     */
    static String customEmojiId(String link) {
        Matcher url = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?://)?([^/?#]*)/?(\\?[^#]*)?(#.*)?$")
                .matcher(link);
        if (!url.matches() || !url.group(1).equalsIgnoreCase("tg")) {
            throw new EntityParseException("Custom emoji URL must have scheme tg");
        }
        if (!url.group(2).equalsIgnoreCase("emoji")) {
            throw new EntityParseException("Custom emoji URL must have host \"emoji\"");
        }
        String query = url.group(3) == null ? "" : url.group(3).substring(1);
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("id=")) {
                String id = parameter.substring(3);
                if (!id.matches("[1-9][0-9]{0,18}")) {
                    throw new EntityParseException("Invalid custom emoji identifier specified");
                }
                return id;
            }
        }
        throw new EntityParseException("Custom emoji URL must have an emoji identifier");
    }
}
