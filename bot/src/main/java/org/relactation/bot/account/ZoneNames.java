package org.relactation.bot.account;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names CLDR (through ICU) gives time zones and countries, in the bot's languages: "Eastern Time", "EST",
 * "hora del Pacífico", "Central European Time", "Nigeria", "Países Bajos". A name of a time zone stands for the
 * zone CLDR takes as its reference ("Eastern Time" is America/New_York); a country for its zone when all of its
 * zones keep the same time all year (Germany, not Spain with the Canaries, nor the United States).
 */
final class ZoneNames {
    private static final List<TimeZoneNames.NameType> KINDS = List.of(TimeZoneNames.NameType.LONG_GENERIC,
            TimeZoneNames.NameType.LONG_STANDARD, TimeZoneNames.NameType.LONG_DAYLIGHT,
            TimeZoneNames.NameType.SHORT_GENERIC, TimeZoneNames.NameType.SHORT_STANDARD,
            TimeZoneNames.NameType.SHORT_DAYLIGHT);
    /** "GMT" and "UTC" are read as offsets (UTC+0), not as a place that happens to keep that time. */
    private static final Set<String> OFFSET_ZONES = Set.of("GMT", "UTC");
    /** The generic name of a North American zone is often said without "time": "eastern", "pacific". */
    private static final String NORTH_AMERICA = "America_";
    private static final String TIME = " time";

    private ZoneNames() {
    }

    /**
     * Every name in {@code locales}, normalised with {@code normalize}, with its zone; the first zone given a name
     * keeps it.
     */
    static Map<String, ZoneId> of(List<Locale> locales, UnaryOperator<String> normalize) {
        Set<String> known = ZoneId.getAvailableZoneIds();
        Map<String, ZoneId> names = new LinkedHashMap<>();
        for (Locale locale : locales) {
            ULocale where = ULocale.forLocale(locale);
            TimeZoneNames zoneNames = TimeZoneNames.getInstance(where);
            for (String metaZone : zoneNames.getAvailableMetaZoneIDs()) {
                String reference = zoneNames.getReferenceZoneID(metaZone, "001");
                if (OFFSET_ZONES.contains(metaZone) || reference == null || !known.contains(reference)) {
                    continue;
                }
                ZoneId zone = ZoneId.of(reference);
                for (TimeZoneNames.NameType kind : KINDS) {
                    String name = zoneNames.getMetaZoneDisplayName(metaZone, kind);
                    if (name == null) {
                        continue;
                    }
                    String plain = normalize.apply(name);
                    names.putIfAbsent(plain, zone);
                    if (metaZone.startsWith(NORTH_AMERICA) && kind == TimeZoneNames.NameType.LONG_GENERIC
                            && plain.endsWith(TIME)) {
                        names.putIfAbsent(plain.substring(0, plain.length() - TIME.length()), zone);
                    }
                }
            }
            for (String country : ULocale.getISOCountries()) {
                ZoneId zone = onlyTime(country, known);
                if (zone != null) {
                    names.putIfAbsent(normalize.apply(new ULocale("", country).getDisplayCountry(where)), zone);
                }
            }
        }
        names.remove("");
        return names;
    }

    /** The zone of a country whose zones all keep the same time all year; null otherwise. */
    private static ZoneId onlyTime(String country, Set<String> known) {
        List<ZoneId> zones = new ArrayList<>();
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, country, null)) {
            if (known.contains(id)) {
                zones.add(ZoneId.of(id));
            }
        }
        if (zones.isEmpty()) {
            return null;
        }
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        for (int month = 1; month <= 12; month += 3) {
            Instant at = LocalDate.of(year, month, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
            ZoneOffset first = zones.get(0).getRules().getOffset(at);
            if (zones.stream().anyMatch(zone -> !zone.getRules().getOffset(at).equals(first))) {
                return null;
            }
        }
        return zones.get(0);
    }
}
