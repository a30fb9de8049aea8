/**
 * Pure renderers of a parent's log for sharing: no database, no Telegram.
 *
 * <p>{@link org.relactation.bot.logbook.report.ProgressChart} draws a phone-sized PNG of the last days
 * (sessions against the daily target, ml expressed, supplement ml). {@link
 * org.relactation.bot.logbook.report.ExportWriter} writes the raw entries as CSV (technical, re-importable
 * headers, no ids) and a one-page A4 PDF summary for a lactation consultant or doctor. Every word a person
 * reads comes from content/&lt;language&gt;/report.yaml.
 */
package org.relactation.bot.logbook.report;
