package org.relactation.bot.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.util.TimeZone;
import org.relactation.bot.text.TimeOfDay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a parent types for "where are you?" into a real time zone: a city or country ("Madrid",
 * "new york", "São Paulo", "Sevilla, España"), a zone id ("Europe/Madrid"), an offset ("UTC+2"), or their
 * current local time ("it's 14:35", "2:35 pm"). Place names come from the zone ids themselves, CLDR's names of
 * zones and countries ({@link ZoneNames}: "Eastern Time", "EST", "Nigeria") and content/timezones.yaml. A local time gives the first zone of the parent's language whose offset matches now.
 */
public final class TimeZoneResolver {
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?");
    private static final Pattern CLOCK = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?!\\d)");

    private final Map<String, ZoneId> places = new HashMap<>();
    private final Map<String, List<ZoneId>> byLocalTime = new HashMap<>();
    private final List<String> filler = new ArrayList<>();
    /** The resolver being loaded that this one answers with ({@link #loading}), or null when this one is loaded. */
    private final CompletableFuture<TimeZoneResolver> loaded;

    private TimeZoneResolver(CompletableFuture<TimeZoneResolver> loaded) {
        this.loaded = loaded;
    }

    /**
     * A resolver loaded on {@code thread} (CLDR's names take about as long as the rest of a start-up): the first reply
     * after a start does not need it, and an answer to "where are you?" before it is ready waits for it.
     */
    public static TimeZoneResolver loading(Executor thread) {
        return new TimeZoneResolver(CompletableFuture.supplyAsync(TimeZoneResolver::load, thread));
    }

    /** Loads the place list from content/timezones.yaml on the classpath. */
    /** The country (ISO code) of an IANA zone ("Europe/London" is GB), as CLDR gives it; empty for "UTC" or unknown. */
    public static Optional<String> countryOf(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        try {
            String region = TimeZone.getRegion(zone);
            return region == null || "001".equals(region) ? Optional.empty() : Optional.of(region);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a zone CLDR does not know, or "UTC"
        }
    }

    public static TimeZoneResolver load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = TimeZoneResolver.class.getClassLoader().getResourceAsStream("content/timezones.yaml")) {
            if (in == null) {
                throw new IllegalStateException("content/timezones.yaml is missing from the build");
            }
            return from(yaml.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimeZoneResolver from(JsonNode data) {
        TimeZoneResolver resolver = new TimeZoneResolver(null);
        // Deeper ids first: America/Argentina/Buenos_Aires is the current name of the older America/Buenos_Aires.
        List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
        ids.sort(Comparator.comparingInt((String id) -> id.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String id : ids) {
            String[] parts = id.split("/");
            if (parts.length >= 2 && REGIONS.contains(parts[0])) {
                ZoneId zone = ZoneId.of(id);
                resolver.places.putIfAbsent(normalize(id), zone);
                resolver.places.putIfAbsent(normalize(parts[parts.length - 1]), zone);
            }
        }
        // "Eastern Time", "EST", "hora del Pacífico", "Nigeria", "Países Bajos": CLDR's names, in both languages.
        ZoneNames.of(List.of(Locale.US, Locale.forLanguageTag("es")), TimeZoneResolver::normalize)
                .forEach(resolver.places::putIfAbsent);
        data.path("aliases").fields().forEachRemaining(entry ->
                resolver.places.put(normalize(entry.getKey()), ZoneId.of(entry.getValue().asText())));
        data.path("by_local_time").fields().forEachRemaining(entry -> {
            List<ZoneId> zones = new ArrayList<>();
            entry.getValue().forEach(id -> zones.add(ZoneId.of(id.asText())));
            resolver.byLocalTime.put(entry.getKey(), zones);
        });
        data.path("filler").forEach(word -> resolver.filler.add(normalize(word.asText())));
        // Longest first, so "i live in" is removed before "in".
        resolver.filler.sort(Comparator.comparingInt(String::length).reversed());
        return resolver;
    }

    /**
     * The zone the parent most likely means, or empty if the answer names no place or time we know.
     *
     * @param language the parent's language, to guess among zones that share a local time
     * @param now      the current instant, to compare a typed local time with
     */
    public Optional<ZoneId> resolve(String answer, String language, Instant now) {
        if (loaded != null) {
            return loaded.join().resolve(answer, language, now);
        }
        if (answer == null || answer.isBlank() || answer.length() > 200) {
            return Optional.empty();
        }
        String text = normalize(answer);
        Optional<ZoneId> place = place(text);
        if (place.isPresent()) {
            return place;
        }
        Optional<ZoneId> offset = offset(answer.toLowerCase(Locale.ROOT).trim());
        if (offset.isPresent()) {
            return offset;
        }
        return localTime(answer.toLowerCase(Locale.ROOT), language, now);
    }

    private Optional<ZoneId> place(String text) {
        if (places.containsKey(text)) {
            return Optional.of(places.get(text)); // "El Salvador": a place whose name starts like filler
        }
        String stripped = stripFiller(text);
        if (places.containsKey(stripped)) {
            return Optional.of(places.get(stripped));
        }
        // "Sevilla, España" or "Madrid Spain": try each part, then each run of up to three words.
        for (String part : text.split("\\s*,\\s*")) {
            ZoneId zone = places.get(stripFiller(part));
            if (zone != null) {
                return Optional.of(zone);
            }
        }
        String[] words = stripped.split(" ");
        for (int size = Math.min(3, words.length); size >= 1; size--) {
            for (int start = 0; start + size <= words.length; start++) {
                ZoneId zone = places.get(String.join(" ", List.of(words).subList(start, start + size)));
                if (zone != null && !filler.contains(String.join(" ", List.of(words).subList(start, start + size)))) {
                    return Optional.of(zone);
                }
            }
        }
        return Optional.empty();
    }

    private String stripFiller(String text) {
        String result = " " + text.trim() + " ";
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String word : filler) {
                if (result.startsWith(" " + word + " ")) {
                    result = result.substring(word.length() + 1);
                    changed = true;
                }
            }
        }
        return result.trim();
    }

    private static Optional<ZoneId> offset(String text) {
        Matcher matcher = OFFSET.matcher(text.replace(" ", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1) == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        int hours = Integer.parseInt(matcher.group(2));
        int minutes = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        int sign = "-".equals(matcher.group(1)) ? -1 : 1;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<ZoneId> localTime(String text, String language, Instant now) {
        Matcher matcher = CLOCK.matcher(text);
        while (matcher.find()) {
            boolean hasMinutes = matcher.group(2) != null;
            String meridiem = matcher.group(3);
            if (!hasMinutes && meridiem == null) {
                continue; // a bare number is not a time
            }
            Optional<LocalTime> local = TimeOfDay.of(matcher.group(1), matcher.group(2), meridiem);
            if (local.isPresent()) {
                return zoneShowing(local.get(), hasMinutes, language, now);
            }
        }
        return Optional.empty();
    }

    /** The zone whose clock shows {@code local} now; offsets are rounded as a typed time is never exact. */
    private Optional<ZoneId> zoneShowing(LocalTime local, boolean hasMinutes, String language, Instant now) {
        LocalTime utc = LocalTime.ofInstant(now, ZoneOffset.UTC);
        int difference = local.toSecondOfDay() / 60 - utc.toSecondOfDay() / 60;
        if (difference < -12 * 60) {
            difference += 24 * 60;
        } else if (difference > 14 * 60) {
            difference -= 24 * 60;
        }
        int step = hasMinutes ? 15 : 60;
        int minutes = Math.round(difference / (float) step) * step;
        if (minutes < -12 * 60 || minutes > 14 * 60) {
            return Optional.empty();
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(minutes * 60);
        for (ZoneId zone : byLocalTime.getOrDefault(language, byLocalTime.getOrDefault("en", List.of()))) {
            if (ZonedDateTime.ofInstant(now, zone).getOffset().equals(offset)) {
                return Optional.of(zone);
            }
        }
        return Optional.of(offset);
    }

    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[_/\\-.!?¿¡'\"()]", " ").replaceAll("\\s+", " ").trim();
    }
}
