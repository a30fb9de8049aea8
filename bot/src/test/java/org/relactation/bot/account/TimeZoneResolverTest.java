package org.relactation.bot.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZoneResolverTest {
    private static final TimeZoneResolver RESOLVER = TimeZoneResolver.load();
    /** A winter instant: Madrid is UTC+1, New York UTC-5, Kolkata UTC+5:30. */
    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    /** A summer instant: Madrid is UTC+2, New York UTC-4. */
    private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Madrid                  | Europe/Madrid",
            "madrid                  | Europe/Madrid",
            "new york                | America/New_York",
            "New York City           | America/New_York",
            "São Paulo               | America/Sao_Paulo",
            "sao paulo               | America/Sao_Paulo",
            "Europe/Madrid           | Europe/Madrid",
            "Sevilla, España         | Europe/Madrid",
            "I live in Seattle       | America/Los_Angeles",
            "vivo en Ciudad de México| America/Mexico_City",
            "Bogotá                  | America/Bogota",
            "Buenos Aires            | America/Argentina/Buenos_Aires",
            "Mumbai                  | Asia/Kolkata",
            "London                  | Europe/London",
            "im in leeds             | Europe/London",
            "vivo en Medellín        | America/Bogota",
            "Brisbane                | Australia/Brisbane",
            "Guadalajara             | America/Mexico_City",
            "Londres                 | Europe/London",
            "Kolkata                 | Asia/Kolkata",
            "Sydney                  | Australia/Sydney",
            "Johannesburg            | Africa/Johannesburg",
            "Los Angeles             | America/Los_Angeles",
            "Tenerife                | Atlantic/Canary",
    })
    void placesResolveToRealZones(String answer, String zone) {
        assertThat(RESOLVER.resolve(answer, "en", WINTER)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Eastern Time                 | en | America/New_York",
            "pacific time zone i think    | en | America/Los_Angeles",
            "we're on central             | en | America/Chicago",
            "PST                          | en | America/Los_Angeles",
            "CET                          | en | Europe/Paris",
            "hora del Pacífico            | es | America/Los_Angeles",
            "Nigeria                      | en | Africa/Lagos",
            "Países Bajos                 | es | Europe/Amsterdam",
            "El Salvador                  | es | America/El_Salvador",
            "texas                        | en | America/Chicago",
            "i live in Georgia            | en | America/New_York",
            "Scotland                     | en | Europe/London",
    })
    void zoneNamesCountriesAndStatesResolveToo(String answer, String language, String zone) {
        assertThat(RESOLVER.resolve(answer, language, WINTER)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"España", "United States", "Canada", "ok", "time", "no"})
    void aCountryWithSeveralTimesIsNoOneZoneUnlessTheListSaysWhichToTake(String answer) {
        // Spain is in the list (Madrid, where most live); the US and Canada keep several times and are asked again.
        assertThat(RESOLVER.resolve(answer, "en", WINTER).map(ZoneId::getId))
                .satisfiesAnyOf(found -> assertThat(found).isEmpty(), found -> assertThat(found).contains("Europe/Madrid"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UTC       | Z",
            "utc+2     | +02:00",
            "GMT-5     | -05:00",
            "UTC+5:30  | +05:30",
    })
    void offsetsAreFixedZones(String answer, String offset) {
        assertThat(RESOLVER.resolve(answer, "en", WINTER)).contains(ZoneOffset.of(offset));
    }

    @Test
    void aLocalTimePicksAZoneOfTheParentsLanguageThatShowsItNow() {
        assertThat(RESOLVER.resolve("13:00", "es", WINTER)).contains(ZoneId.of("Europe/Madrid"));
        assertThat(RESOLVER.resolve("it's 7:02 am", "en", WINTER)).contains(ZoneId.of("America/New_York"));
        assertThat(RESOLVER.resolve("son las 8.00", "es", SUMMER)).contains(ZoneId.of("America/Santiago"));
        assertThat(RESOLVER.resolve("8:00", "en", SUMMER)).contains(ZoneId.of("America/New_York"));
        assertThat(RESOLVER.resolve("17:31", "en", WINTER)).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(RESOLVER.resolve("2pm", "es", SUMMER)).contains(ZoneId.of("Europe/Madrid"));
    }

    /** Which hours and minutes are a time is {@code TimeOfDay}'s to say, as for every typed time: "13:00 pm" too. */
    @Test
    void aLocalTimeIsReadAsEveryOtherTypedTime() {
        assertThat(RESOLVER.resolve("13:00 pm", "es", WINTER)).contains(ZoneId.of("Europe/Madrid"));
        assertThat(RESOLVER.resolve("13 pm", "es", WINTER)).contains(ZoneId.of("Europe/Madrid"));
        assertThat(RESOLVER.resolve("13:60", "es", WINTER)).isEmpty();
    }

    @Test
    void aLocalTimeNoListedZoneShowsGivesAFixedOffset() {
        assertThat(RESOLVER.resolve("12:45", "es", WINTER)).contains(ZoneOffset.ofHoursMinutes(0, 45));
    }

    @Test
    void daylightSavingIsKeptByTheZone() {
        ZoneId madrid = RESOLVER.resolve("Madrid", "en", WINTER).orElseThrow();

        assertThat(madrid.getRules().getOffset(WINTER)).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(madrid.getRules().getOffset(SUMMER)).isEqualTo(ZoneOffset.ofHours(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "asdf qwerty", "my baby", "25:99", "8", "in", "the moon"})
    void nonsenseResolvesToNothing(String answer) {
        assertThat(RESOLVER.resolve(answer, "en", WINTER)).isEmpty();
    }

    @Test
    void aResolverStillLoadingWaitsForItAndAnswersTheSame() {
        List<Runnable> loads = new ArrayList<>();
        TimeZoneResolver loading = TimeZoneResolver.loading(loads::add);
        CompletableFuture<Optional<ZoneId>> answer = CompletableFuture.supplyAsync(
                () -> loading.resolve("Sevilla, España", "es", WINTER));
        assertThat(loads).hasSize(1);
        assertThat(answer).isNotDone();
        loads.getFirst().run();
        assertThat(answer.join()).contains(ZoneId.of("Europe/Madrid"));
        assertThat(loading.resolve("it's 14:35", "en", WINTER)).isEqualTo(RESOLVER.resolve("it's 14:35", "en", WINTER));
    }
}
