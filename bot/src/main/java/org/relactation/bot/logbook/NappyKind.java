package org.relactation.bot.logbook;

/** What a nappy word says: wet, dirty, or just "nappy" (counted as wet when nothing else is said). */
enum NappyKind {
    WET,
    DIRTY,
    ANY
}
