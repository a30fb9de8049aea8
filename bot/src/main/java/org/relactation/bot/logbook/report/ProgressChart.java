package org.relactation.bot.logbook.report;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.relactation.bot.content.Texts;
import org.relactation.bot.logbook.DaySummary;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A phone-readable PNG of a parent's last days: three stacked panels sharing the day axis. Sessions per day
 * (bars) against the daily target (line), ml expressed per day, supplement ml per day. Pure: the same days and
 * texts give the same picture; runs headless.
 */
public final class ProgressChart {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 1200;

    private static final int TITLE_HEIGHT = 70;
    private static final Color SESSIONS = new Color(0x2E, 0x8B, 0x57);
    private static final Color TARGET = new Color(0xD9, 0x5F, 0x02);
    private static final Color EXPRESSED = new Color(0x1F, 0x77, 0xB4);
    private static final Color SUPPLEMENT = new Color(0x7B, 0x3F, 0x9E);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 34);
    private static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    private static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ProgressChart() {
    }

    /**
     * The chart as PNG bytes, {@value #WIDTH}x{@value #HEIGHT} px. Days are drawn in date order whatever the
     * order of the list; an empty list gives the title and the "nothing logged" line.
     */
    public static byte[] render(List<DaySummary> days, Texts texts) {
        List<DaySummary> sorted = days.stream().sorted(Comparator.comparing(DaySummary::day)).toList();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawCentered(g, texts.get("report.chart.title", Map.of("days", sorted.size())), TITLE_FONT,
                    TITLE_HEIGHT / 2 + 12);
            if (sorted.isEmpty()) {
                drawCentered(g, texts.get("report.pdf.no_data"), PANEL_TITLE_FONT, HEIGHT / 2);
            } else {
                List<String> labels = labels(sorted, texts);
                List<CategoryChart> panels = List.of(sessionsPanel(sorted, labels, texts),
                        mlPanel(sorted, labels, texts, "report.chart.expressed_title", "report.chart.expressed",
                                DaySummary::mlExpressed, EXPRESSED),
                        mlPanel(sorted, labels, texts, "report.chart.supplement_title", "report.chart.supplement",
                                DaySummary::supplementMl, SUPPLEMENT));
                int panelHeight = (HEIGHT - TITLE_HEIGHT) / panels.size();
                for (int i = 0; i < panels.size(); i++) {
                    Graphics2D panel = (Graphics2D) g.create(0, TITLE_HEIGHT + i * panelHeight, WIDTH, panelHeight);
                    try {
                        panels.get(i).paint(panel, WIDTH, panelHeight);
                    } finally {
                        panel.dispose();
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> labels(List<DaySummary> days, Texts texts) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(texts.get("report.chart.day_pattern"),
                Locale.forLanguageTag(texts.language()));
        List<String> labels = days.stream().map(day -> format.format(day.day())).toList();
        if (labels.stream().distinct().count() < labels.size()) {
            // Category labels must be unique; a pattern that repeats (weekday only, over 14 days) falls back.
            DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("dd/MM");
            labels = days.stream().map(day -> dayMonth.format(day.day())).toList();
        }
        return labels;
    }

    private static CategoryChart sessionsPanel(List<DaySummary> days, List<String> labels, Texts texts) {
        CategoryChart chart = panel(texts.get("report.chart.sessions_title"), texts.get("report.chart.sessions_axis"),
                days.size(), texts);
        List<Integer> sessions = values(days, DaySummary::sessions);
        List<Integer> target = values(days, DaySummary::target);
        CategorySeries bars = chart.addSeries(texts.get("report.chart.sessions"), labels, sessions);
        bars.setFillColor(SESSIONS);
        CategorySeries line = chart.addSeries(texts.get("report.chart.target"), labels, target);
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setLineColor(TARGET);
        line.setLineWidth(4f);
        line.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[]{12f, 8f}, 0f));
        line.setMarker(SeriesMarkers.NONE);
        int max = Math.max(max(sessions), max(target));
        chart.getStyler().setYAxisMax((double) Math.max(max + 1, 2));
        chart.getStyler().setYAxisDecimalPattern("#0");
        return chart;
    }

    private static CategoryChart mlPanel(List<DaySummary> days, List<String> labels, Texts texts, String titleKey,
                                         String seriesKey, ToIntFunction<DaySummary> value, Color color) {
        CategoryChart chart = panel(texts.get(titleKey), texts.get("report.chart.ml_axis"), days.size(), texts);
        List<Integer> ml = values(days, value);
        CategorySeries bars = chart.addSeries(texts.get(seriesKey), labels, ml);
        bars.setFillColor(color);
        chart.getStyler().setLegendVisible(false); // one series: the panel title says what it is
        if (max(ml) == 0) {
            chart.getStyler().setYAxisMax(10.0);
        }
        chart.getStyler().setYAxisDecimalPattern("#0");
        return chart;
    }

    private static CategoryChart panel(String title, String yAxisTitle, int dayCount, Texts texts) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT / 3).title(title)
                .xAxisTitle(texts.get("report.chart.day_axis")).yAxisTitle(yAxisTitle).build();
        chart.getStyler().setChartTitleFont(PANEL_TITLE_FONT);
        chart.getStyler().setAxisTitleFont(AXIS_TITLE_FONT);
        chart.getStyler().setAxisTickLabelsFont(TICK_FONT);
        chart.getStyler().setLegendFont(LEGEND_FONT);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setXAxisLabelRotation(dayCount > 14 ? 90 : dayCount > 7 ? 45 : 0);
        chart.getStyler().setChartPadding(12);
        return chart;
    }

    private static List<Integer> values(List<DaySummary> days, ToIntFunction<DaySummary> value) {
        return days.stream().map(day -> Math.max(0, value.applyAsInt(day))).toList();
    }

    private static int max(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static void drawCentered(Graphics2D g, String text, Font font, int baseline) {
        g.setFont(font);
        g.setColor(Color.DARK_GRAY);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, Math.max(10, (WIDTH - metrics.stringWidth(text)) / 2), baseline);
    }
}
