package org.relactation.bot.safety;

import org.relactation.bot.account.TimeZoneResolver;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The emergency, urgent-care, crisis and maternal mental-health lines of a country (warnings.lines.CC in each
 * language), and which country's to give: one the parent named in the message, else the country of their time
 * zone (CLDR, through ICU4J), else the region of their Telegram language ("es-MX"), else the international
 * wording ("your local emergency number").
 */
final class HelpLines {
    static final String PREFIX = "warnings.lines.";
    static final String DEFAULT = "default";
    static final String NAMED = "country_";
    static final List<String> FIELDS = List.of("emergency", "urgent", "crisis", "maternal");

    private final Set<String> countries = new TreeSet<>();

    HelpLines(ContentCatalog catalog) {
        for (String key : catalog.texts(catalog.fallbackLanguage()).under(PREFIX).keySet()) {
            String country = key.substring(0, key.indexOf('.'));
            if (!country.equals(DEFAULT)) {
                countries.add(country);
            }
        }
    }

    Set<String> countries() {
        return countries;
    }

    /**
     * @param named        countries named in the message, in order
     * @param zone         the parent's IANA zone id, or null
     * @param languageCode their Telegram language code, or null
     */
    String country(List<String> named, String zone, String languageCode) {
        for (String country : named) {
            if (countries.contains(country)) {
                return country;
            }
        }
        Optional<String> region = TimeZoneResolver.countryOf(zone);
        if (region.isPresent() && countries.contains(region.get())) {
            return region.get();
        }
        if (languageCode != null) {
            String[] parts = languageCode.split("[-_]");
            if (parts.length > 1 && countries.contains(parts[1].toUpperCase(Locale.ROOT))) {
                return parts[1].toUpperCase(Locale.ROOT);
            }
        }
        return DEFAULT;
    }

    /** The lines of {@code country} in the language of {@code texts}, as placeholder values. */
    Map<String, String> values(Texts texts, String country) {
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            values.put(field, texts.get(PREFIX + country + "." + field));
        }
        return values;
    }
}
