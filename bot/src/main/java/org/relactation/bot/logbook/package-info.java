/**
 * Logging sessions, supplements, nappies and the baby's weight: parse, store, day totals and stats, /today, /week,
 * /stats, /undo, /progress and /export, the confirmation and quick-log buttons.
 *
 * <p>{@link org.relactation.bot.logbook.LogParser} turns a parent's few words ("pumped 15 min 20ml",
 * "le di 60 ml de fórmula", "3 wet 1 dirty") into a {@link org.relactation.bot.logbook.LogEntryDraft}, a clear
 * rejection, or "not a log"; several sessions with their times ("pumped at 1, 3 and 5") are one entry each. It is a
 * pure function of the text, the parent's language and zone, and the current instant; its words come from
 * content/logwords.yaml.
 *
 * <p>Depends on: content, conversation, logbook.report (the chart and the export files), parent (the parent's
 * record), storage (the entries), text.
 */
package org.relactation.bot.logbook;
