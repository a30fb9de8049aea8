package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.content.Texts;
import org.relactation.bot.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The country a question is about: one it names ("estoy en Londres", "in Australia"), from the place words the
 * safety net also uses ({@code safety.words.country_CC} in every language), else the parent's own, from their time
 * zone ({@link org.relactation.bot.account.TimeZoneResolver#countryOf}). It picks a topic's answer for one country: the helpline, the law at work.
 */
final class Countries {
    private static final String PREFIX = "safety.words.country_";

    private record Place(String country, List<String> words) {
    }

    private final List<Place> places = new ArrayList<>();

    Countries(ContentCatalog content) {
        for (String language : content.languages()) {
            content.texts(language).under(PREFIX).forEach((country, list) -> {
                for (String phrase : list.split(",")) {
                    List<String> words = Words.of(phrase);
                    if (!words.isEmpty()) {
                        places.add(new Place(country, words));
                    }
                }
            });
        }
        places.sort(Comparator.comparingInt((Place place) -> place.words().size()).reversed());
    }

    /** The place words of {@code country} in the language of {@code texts} ("ireland, dublin, cork"), or "". */
    static String placeWords(Texts texts, String country) {
        return texts.under(PREFIX).getOrDefault(country, "");
    }

    /** The first country {@code text} names (the longest name where two overlap), if any. */
    Optional<String> named(String text) {
        List<String> words = Words.of(text);
        int bestAt = Integer.MAX_VALUE;
        String found = null;
        for (Place place : places) {
            for (int start = 0; start + place.words().size() <= words.size(); start++) {
                if (start < bestAt && words.subList(start, start + place.words().size()).equals(place.words())) {
                    bestAt = start;
                    found = place.country();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
