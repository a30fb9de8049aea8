/**
 * Encouragement: milestones celebrated in the reply to a log (first log, first drops, first day at target,
 * streaks, records, 100 sessions), each once ever and claimed in the parent's record; the wording of the morning note
 * (gentle words after an empty or lighter day); and the choice among several variants of a text so a parent
 * does not read the same sentence two days running. Sends nothing by itself.
 *
 * <p>Depends on: content, logbook (the days a milestone is read from), parent (the parent's record, with the
 * milestones celebrated), storage (the database; the collection of milestones of earlier versions).
 */
package org.relactation.bot.encouragement;
