package org.relactation.bot.content;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers as the parent's language writes them, the same in the chat, the chart, the PDF and the
 * CSV: "Dec 5, 2026", "Sat, Dec 5", "1.7" in English; "5 dic 2026", "sáb, 5 dic", "1,7" in Spanish. Clock times
 * are 24-hour in every language ("09:30"), as the bot reads them.
 */
public final class LocalFormat {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter weekday;

    private LocalFormat(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dayMonth = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale);
        this.weekday = DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(locale);
    }

    /** The format of the language {@code texts} are in. */
    public static LocalFormat of(Texts texts) {
        return of(texts.language());
    }

    /** The format of a language code ("en", "es"). */
    public static LocalFormat of(String language) {
        return new LocalFormat(Locale.forLanguageTag(language));
    }

    /** "Dec 5, 2026" / "5 dic 2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** "Dec 5" / "5 dic": a day in a chart or a list that says its year elsewhere. */
    public String dayMonth(LocalDate day) {
        return dayMonth.format(day);
    }

    /** "Sat, Dec 5" / "sáb, 5 dic": a day of the last week. */
    public String weekday(LocalDate day) {
        return weekday.format(day);
    }

    /** "09:30": a clock time (anything with hours and minutes). */
    public String time(TemporalAccessor time) {
        return CLOCK.format(time);
    }

    /** "Dec 5, 2026 09:30" / "5 dic 2026 09:30". */
    public String dateTime(LocalDate day, TemporalAccessor time) {
        return date(day) + " " + time(time);
    }

    /** A whole number: "1,250" / "1.250". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A number with at most one decimal: "1.7", "2" / "1,7", "2". */
    public String decimal(double value) {
        return decimal(value, 1);
    }

    /** A number with at most {@code digits} decimals, as many as it needs: "4.235", "4.2" / "4,235", "4,2". */
    public String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
