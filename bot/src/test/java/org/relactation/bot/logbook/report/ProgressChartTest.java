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
}
