package org.relactation.bot.logbook.report;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.relactation.bot.content.LocalFormat;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Pictures of a parent's days, with days, dates and numbers written as her language writes them
 * ({@link LocalFormat}). {@link #render}: a phone-readable PNG with three stacked panels sharing the day axis:
 * sessions per day (bars) against the daily target (line), ml expressed per day, supplement ml per day.
 * {@link #paper}: the same days for the printed PDF, two panels (sessions; expressed and supplement side by side)
 * at any size, with letters sized for paper. Pure: the same days and texts give the same picture; runs headless.
 */
public final class ProgressChart {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 1200;

    // Package-private: the test finds the panels and bars by them.
    static final int TITLE_HEIGHT = 70;
    static final Color SESSIONS = new Color(0x2E, 0x8B, 0x57);
    static final Color TARGET = new Color(0xD9, 0x5F, 0x02);
    static final Color EXPRESSED = new Color(0x1F, 0x77, 0xB4);
    static final Color SUPPLEMENT = new Color(0x7B, 0x3F, 0x9E);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 34);
    /** The phone chart's letters; paper ones are set per picture (see {@link Letters#paper}). */
    private static final Letters PHONE = new Letters(26, 20, 19, 20, 12);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ProgressChart() {
    }

    /** Font sizes (px) of a chart's panel titles, axis titles, tick labels and legend, and its padding. */
    private record Letters(int panelTitle, int axisTitle, int tick, int legend, int padding) {
        /**
         * For a picture printed {@code pixelsPerPoint} px to the point: 12 pt titles, 10 pt axis titles and legend,
         * 9 pt tick labels, the sizes of a clinical letter's small print.
         */
        static Letters paper(float pixelsPerPoint) {
            return new Letters(Math.round(12 * pixelsPerPoint), Math.round(10 * pixelsPerPoint),
                    Math.round(9 * pixelsPerPoint), Math.round(10 * pixelsPerPoint), Math.round(6 * pixelsPerPoint));
        }
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
            prepare(g, WIDTH, HEIGHT);
            drawCentered(g, title(sorted, texts), TITLE_FONT, TITLE_HEIGHT / 2 + 12);
            if (sorted.isEmpty()) {
                drawCentered(g, texts.get("report.pdf.no_data"), new Font(Font.SANS_SERIF, Font.BOLD,
                        PHONE.panelTitle()), HEIGHT / 2);
            } else {
                List<String> labels = labels(sorted, texts);
                draw(g, List.of(sessionsPanel(sorted, labels, texts, PHONE),
                        mlPanel(sorted, labels, texts, "report.chart.expressed_title", "report.chart.expressed",
                                DaySummary::mlExpressed, EXPRESSED),
                        mlPanel(sorted, labels, texts, "report.chart.supplement_title", "report.chart.supplement",
                                DaySummary::supplementMl, SUPPLEMENT)), TITLE_HEIGHT, WIDTH, HEIGHT - TITLE_HEIGHT);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /**
     * The chart for paper as PNG bytes, {@code width}x{@code height} px, to be printed {@code pixelsPerPoint} px to
     * the point: sessions against the target above, ml expressed and supplement given side by side below. No
     * title: the page says what it is. Needs at least one day.
     */
    public static byte[] paper(List<DaySummary> days, Texts texts, int width, int height, float pixelsPerPoint) {
        List<DaySummary> sorted = days.stream().sorted(Comparator.comparing(DaySummary::day)).toList();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, width, height);
            Letters letters = Letters.paper(pixelsPerPoint);
            List<String> labels = labels(sorted, texts);
            draw(g, List.of(sessionsPanel(sorted, labels, texts, letters), bothMlPanel(sorted, labels, texts,
                    letters)), 0, width, height);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** "Your log: Nov 17 – Nov 30" (one date for one day). */
    static String title(List<DaySummary> sorted, Texts texts) {
        if (sorted.isEmpty()) {
            return texts.get("report.chart.title_empty");
        }
        LocalFormat format = LocalFormat.of(texts);
        LocalDate from = sorted.getFirst().day();
        LocalDate to = sorted.getLast().day();
        return from.equals(to) ? texts.get("report.chart.title_one", Map.of("date", format.dayMonth(from)))
                : texts.get("report.chart.title", Map.of("from", format.dayMonth(from), "to", format.dayMonth(to)));
    }

    /** "Nov 17" / "17 nov": unique for up to a year of days. */
    static List<String> labels(List<DaySummary> days, Texts texts) {
        LocalFormat format = LocalFormat.of(texts);
        return days.stream().map(day -> format.dayMonth(day.day())).toList();
    }

    private static void prepare(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    private static void draw(Graphics2D g, List<CategoryChart> panels, int top, int width, int height) {
        int panelHeight = height / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            Graphics2D panel = (Graphics2D) g.create(0, top + i * panelHeight, width, panelHeight);
            try {
                panels.get(i).paint(panel, width, panelHeight);
            } finally {
                panel.dispose();
            }
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static CategoryChart sessionsPanel(List<DaySummary> days, List<String> labels, Texts texts,
                                               Letters letters) {
        CategoryChart chart = panel(texts.get("report.chart.sessions_title"), texts.get("report.chart.sessions_axis"),
                days.size(), texts, letters);
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
        CategoryChart chart = panel(texts.get(titleKey), texts.get("report.chart.ml_axis"), days.size(), texts,
                PHONE);
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

    /** Expressed and supplement ml of each day side by side, for paper. */
    private static CategoryChart bothMlPanel(List<DaySummary> days, List<String> labels, Texts texts,
                                             Letters letters) {
        CategoryChart chart = panel(texts.get("report.chart.ml_title"), texts.get("report.chart.ml_axis"),
                days.size(), texts, letters);
        List<Integer> expressed = values(days, DaySummary::mlExpressed);
        List<Integer> supplement = values(days, DaySummary::supplementMl);
        chart.addSeries(texts.get("report.chart.expressed"), labels, expressed).setFillColor(EXPRESSED);
        chart.addSeries(texts.get("report.chart.supplement"), labels, supplement).setFillColor(SUPPLEMENT);
        chart.getStyler().setOverlapped(false);
        if (Math.max(max(expressed), max(supplement)) == 0) {
            chart.getStyler().setYAxisMax(10.0);
        }
        chart.getStyler().setYAxisDecimalPattern("#0");
        return chart;
    }

    private static CategoryChart panel(String title, String yAxisTitle, int dayCount, Texts texts, Letters letters) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT / 3).title(title)
                .xAxisTitle(texts.get("report.chart.day_axis")).yAxisTitle(yAxisTitle).build();
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, letters.panelTitle()));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, letters.axisTitle()));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, letters.tick()));
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, letters.legend()));
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
        chart.getStyler().setChartPadding(letters.padding());
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
