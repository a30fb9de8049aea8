/**
 * The words a parent reads. {@link org.relactation.bot.content.ContentCatalog} loads content/ (YAML, one folder
 * per language) once at start-up and refuses to start on a missing key, a text too long for Telegram or a
 * placeholder that differs between languages; {@link org.relactation.bot.content.LocalFormat} writes dates and
 * numbers as each language does. Java code refers to texts by key only.
 *
 * <p>Depends on: nothing.
 */
package org.relactation.bot.content;
