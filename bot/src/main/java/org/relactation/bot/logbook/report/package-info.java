/**
 * Pure renderers of a parent's log for sharing: no database, no Telegram.
 *
 * <p>{@link org.relactation.bot.logbook.report.ProgressChart} draws a phone-sized PNG of the parent's days
 * (sessions against the daily target, ml expressed, supplement ml) and a chart sized for the printed PDF. {@link
 * org.relactation.bot.logbook.report.ExportWriter} writes the raw entries as CSV (headers and values in the
 * parent's language, local time with its offset and UTC time, no ids) and a one-page A4 PDF summary for a
 * lactation consultant or doctor, with the baby's weights. Every word a person reads comes from
 * content/&lt;language&gt;/report.yaml (and the onboarding answers' own words), every date and number from {@link org.relactation.bot.content.LocalFormat}.
 * Uses XChart, PDFBox and Commons CSV.
 *
 * <p>Depends on: content, logbook (entries and day summaries).
 */
package org.relactation.bot.logbook.report;
