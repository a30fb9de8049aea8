package org.relactation.bot.logbook.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relactation.bot.content.ContentCatalog;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

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
    void rendersNoDaysWithoutFailing() throws IOException {
        byte[] png = ProgressChart.render(List.of(), CONTENT.texts("es"));

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(900);
    }

    @Test
    void rendersTheSameDaysInAnyOrder() {
        List<org.relactation.bot.logbook.DaySummary> days = ReportFixtures.days(14);
        List<org.relactation.bot.logbook.DaySummary> reversed = days.reversed();

        assertThat(ProgressChart.render(reversed, CONTENT.texts("en")))
                .isEqualTo(ProgressChart.render(days, CONTENT.texts("en")));
    }

    @Test
    void daysAreWrittenAsTheParentsLanguageWritesThem() {
        List<org.relactation.bot.logbook.DaySummary> days = ReportFixtures.days(14);

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
