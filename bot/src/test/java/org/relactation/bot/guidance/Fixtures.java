package org.relactation.bot.guidance;

import org.relactation.bot.content.ContentCatalog;

/** The shipped content and the guidance built from it, once for all tests (building takes a few hundred ms). */
final class Fixtures {
    static final ContentCatalog CATALOG = ContentCatalog.load();
    static final GuideCards CARDS = new GuideCards(CATALOG);
    static final QuestionMatcher MATCHER = new QuestionMatcher(CATALOG, CARDS);

    private Fixtures() {
    }
}
