package org.relactation.bot.logbook.report;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.logbook.DaySummary;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressChartTest {
    private static final ContentCatalog CONTENT = ContentCatalog.load();

    @ParameterizedTest
    @CsvSource({"en, 14", "es, 14", "en, 30", "es, 30", "en, 1"})
    void rendersAPhoneSizedPng(String language, int count) throws IOException {
        byte[] png = ProgressChart.render(ReportFixtures.days(count), CONTENT.texts(language));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(ProgressChart.WIDTH).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(ProgressChart.HEIGHT).isEqualTo(1200);
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void rendersNoDaysAsTheTitleAndTheNothingLoggedLine() {
        BufferedImage image = image(ProgressChart.render(List.of(), CONTENT.texts("es")));

        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(inked(image, 0, ProgressChart.TITLE_HEIGHT)).as("the title").isGreaterThan(500);
        assertThat(inked(image, ProgressChart.HEIGHT / 2 - 40, ProgressChart.HEIGHT / 2 + 10)).as("the line")
                .isGreaterThan(500);
        assertThat(inked(image, ProgressChart.TITLE_HEIGHT, ProgressChart.HEIGHT / 2 - 40)
                + inked(image, ProgressChart.HEIGHT / 2 + 10, ProgressChart.HEIGHT)).as("nothing else").isZero();
    }

    /**
     * Sessions 2, 4, 6, 8 against a target of 10; expressed 30, 60, 90, 120 ml; supplement 100, 0, 50, 25 ml. Each
     * bar stands as tall as its day's value on its panel's scale, left to right in date order whatever the order the
     * days came in, a day with nothing has no bar, and the target's line is drawn at 10.
     */
    @Test
    void eachBarStandsAsTallAsItsDaysValue() {
        List<DaySummary> days = new ArrayList<>(List.of(day(27, 2, 30, 100), day(28, 4, 60, 0), day(29, 6, 90, 50),
                day(30, 8, 120, 25)));
        Collections.swap(days, 0, 3);
        BufferedImage image = image(ProgressChart.render(days, CONTENT.texts("en")));
        int panel = (ProgressChart.HEIGHT - ProgressChart.TITLE_HEIGHT) / 3;
        int top = ProgressChart.TITLE_HEIGHT;

        Bars sessions = Bars.of(image, ProgressChart.SESSIONS, top, top + panel);
        assertThat(sessions.heights()).hasSize(4);
        assertProportional(sessions.heights(), 2, 4, 6, 8);
        int target = mostCommonRow(image, ProgressChart.TARGET, top, top + panel);
        assertThat((double) (sessions.baseline() - target)).as("the target line at 10")
                .isCloseTo(sessions.heights().get(3) * 10 / 8.0, Offset.offset(4.0));

        Bars expressed = Bars.of(image, ProgressChart.EXPRESSED, top + panel, top + 2 * panel);
        assertThat(expressed.heights()).hasSize(4);
        assertProportional(expressed.heights(), 30, 60, 90, 120);

        Bars supplement = Bars.of(image, ProgressChart.SUPPLEMENT, top + 2 * panel, top + 3 * panel);
        assertThat(supplement.heights()).as("no bar for the day with none").hasSize(3);
        assertProportional(supplement.heights(), 100, 50, 25);
        List<Integer> centres = supplement.centres();
        assertThat(centres.get(1) - centres.get(0)).as("Nov 28's place left empty")
                .isCloseTo(2 * (centres.get(2) - centres.get(1)), Offset.offset(4));
        assertThat(centres).as("the same places as the expressed bars of Nov 27, 29 and 30")
                .zipSatisfy(List.of(expressed.centres().get(0), expressed.centres().get(2), expressed.centres().get(3)),
                        (mine, theirs) -> assertThat(mine).isCloseTo(theirs, Offset.offset(3)));
    }

    @Test
    void thePaperChartHasSessionsAboveAndBothMlSideBySideBelow() {
        List<DaySummary> days = List.of(day(28, 3, 20, 80), day(29, 6, 40, 60), day(30, 9, 80, 20));
        BufferedImage image = image(ProgressChart.paper(days, CONTENT.texts("es"), 1030, 600, 2f));

        Bars sessions = Bars.of(image, ProgressChart.SESSIONS, 0, 300);
        assertProportional(sessions.heights(), 3, 6, 9);
        Bars expressed = Bars.of(image, ProgressChart.EXPRESSED, 300, 600);
        Bars supplement = Bars.of(image, ProgressChart.SUPPLEMENT, 300, 600);
        assertThat(expressed.heights()).hasSize(3);
        assertThat(supplement.heights()).hasSize(3);
        // One scale for both: 80 ml expressed as tall as 80 ml of supplement.
        List<Integer> both = new ArrayList<>(expressed.heights());
        both.addAll(supplement.heights());
        assertProportional(both, 20, 40, 80, 80, 60, 20);
        assertThat(expressed.baseline()).isEqualTo(supplement.baseline());
        for (int i = 0; i < 3; i++) {
            assertThat(expressed.centres().get(i)).as("expressed left of supplement on day " + i)
                    .isLessThan(supplement.centres().get(i));
        }
    }

    private static DaySummary day(int november, int sessions, int mlExpressed, int supplementMl) {
        return new DaySummary(LocalDate.of(2025, 11, november), sessions, 10, sessions * 15, mlExpressed, null, false,
                supplementMl, 0, 0);
    }

    /** Heights in pixels match the values on one scale, to within 2 px (the edges are anti-aliased). */
    private static void assertProportional(List<Integer> heights, int... values) {
        assertThat(heights).hasSize(values.length);
        int tallest = 0;
        for (int i = 1; i < values.length; i++) {
            tallest = values[i] > values[tallest] ? i : tallest;
        }
        double scale = heights.get(tallest) / (double) values[tallest];
        assertThat(heights.get(tallest)).as("the tallest bar is drawn").isGreaterThan(50);
        for (int i = 0; i < values.length; i++) {
            assertThat((double) heights.get(i)).as("bar %d of %s for %d", i, heights, values[i])
                    .isCloseTo(values[i] * scale, Offset.offset(2.0));
        }
    }

    /**
     * The bars of one colour between two rows, left to right: runs of columns whose longest stretch of exactly that
     * colour ends on the common baseline (a legend's swatch of the same colour ends elsewhere).
     */
    private record Bars(int baseline, List<Integer> heights, List<Integer> centres) {
        static Bars of(BufferedImage image, Color color, int from, int to) {
            int width = image.getWidth();
            int[] length = new int[width];
            int[] end = new int[width];
            Map<Integer, Integer> ends = new HashMap<>();
            for (int x = 0; x < width; x++) {
                int run = 0;
                for (int y = from; y < to; y++) {
                    run = image.getRGB(x, y) == color.getRGB() ? run + 1 : 0;
                    if (run > length[x]) {
                        length[x] = run;
                        end[x] = y;
                    }
                }
                if (length[x] > 0) {
                    ends.merge(end[x], 1, Integer::sum);
                }
            }
            int baseline = ends.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(-1);
            List<Integer> heights = new ArrayList<>();
            List<Integer> centres = new ArrayList<>();
            int x = 0;
            while (x < width) {
                if (length[x] == 0 || Math.abs(end[x] - baseline) > 1) {
                    x++;
                    continue;
                }
                int left = x;
                int height = 0;
                while (x < width && length[x] > 0 && Math.abs(end[x] - baseline) <= 1) {
                    height = Math.max(height, length[x]);
                    x++;
                }
                heights.add(height);
                centres.add((left + x - 1) / 2);
            }
            return new Bars(baseline, heights, centres);
        }
    }

    /** The row with the most pixels of exactly {@code color} between two rows. */
    private static int mostCommonRow(BufferedImage image, Color color, int from, int to) {
        int best = -1;
        int bestCount = 0;
        for (int y = from; y < to; y++) {
            int count = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) == color.getRGB() ? 1 : 0;
            }
            if (count > bestCount) {
                best = y;
                bestCount = count;
            }
        }
        return best;
    }

    /** Pixels that are not white between two rows. */
    private static int inked(BufferedImage image, int from, int to) {
        int count = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) == Color.WHITE.getRGB() ? 0 : 1;
            }
        }
        return count;
    }

    private static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void rendersTheSameDaysInAnyOrder() {
        List<DaySummary> days = ReportFixtures.days(14);
        List<DaySummary> reversed = days.reversed();

        assertThat(ProgressChart.render(reversed, CONTENT.texts("en")))
                .isEqualTo(ProgressChart.render(days, CONTENT.texts("en")));
    }

    @Test
    void daysAreWrittenAsTheParentsLanguageWritesThem() {
        List<DaySummary> days = ReportFixtures.days(14);

        assertThat(ProgressChart.labels(days, CONTENT.texts("en"))).startsWith("Nov 17", "Nov 18").endsWith("Nov 30");
        assertThat(ProgressChart.labels(days, CONTENT.texts("es"))).startsWith("17 nov").endsWith("30 nov");
        assertThat(ProgressChart.title(days, CONTENT.texts("es"))).isEqualTo("Tu registro: 17 nov – 30 nov");
        assertThat(ProgressChart.title(days.subList(13, 14), CONTENT.texts("en"))).isEqualTo("Your log: Nov 30");
    }

    @Test
    void rendersForPaperAtTheSizeAsked() throws IOException {
        byte[] png = ProgressChart.paper(ReportFixtures.days(30), CONTENT.texts("es"), 1030, 600, 2f);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1030);
        assertThat(image.getHeight()).isEqualTo(600);
    }
}
