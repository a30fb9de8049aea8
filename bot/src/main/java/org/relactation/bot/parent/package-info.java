/**
 * Who the parent is to the bot: their profile ({@link org.relactation.bot.parent.UserProfile}: chat, language, zone,
 * onboarding answers, rhythm, plan start, the updates already handled) and its store
 * ({@link org.relactation.bot.parent.UserStore}: small named updates, scoped by Telegram user id). The pipeline's
 * parent stage finds or creates the record; every capability reads it from the turn and changes it through the
 * store. Like the entries (logbook) and the reminders (reminders), the record lives with what it is about; storage/
 * gives the database and the collection's name and indexes.
 *
 * <p>Depends on: storage (the database, the users collection).
 */
package org.relactation.bot.parent;
