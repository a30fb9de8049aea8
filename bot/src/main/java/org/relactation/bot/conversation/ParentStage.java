package org.relactation.bot.conversation;

import org.relactation.bot.content.ContentCatalog;
import org.relactation.bot.parent.UserProfile;
import org.relactation.bot.parent.UserStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The parent: their record found (created at a first message) and the visit recorded; a parent who had blocked the
 * bot and writes again is told to every listener (sending to them can start again); the language they write in
 * becomes theirs. A button belongs to a conversation that exists: after /delete a press does not bring the parent
 * back, it is "expired".
 */
final class ParentStage implements Stage {
    private final ContentCatalog content;
    private final UserStore users;
    private final List<BiConsumer<UserProfile, Instant>> returned;
    private final Function<String, Optional<String>> messageLanguage;

    ParentStage(ContentCatalog content, UserStore users, List<BiConsumer<UserProfile, Instant>> returned,
                Function<String, Optional<String>> messageLanguage) {
        this.content = content;
        this.users = users;
        this.returned = List.copyOf(returned);
        this.messageLanguage = messageLanguage;
    }

    @Override
    public void on(Handling handling) {
        Inbound inbound = handling.inbound();
        if (inbound.isButton()) {
            Optional<UserProfile> user = users.touchExisting(inbound.userId(), inbound.chatId(), inbound.at());
            if (user.isEmpty()) {
                handling.answer(List.of(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(),
                        handling.inboundTexts().get("fallback.stale_button"))));
                return;
            }
            handling.turn(new Turn(inbound, user.get(), content.texts(user.get().language())));
            return;
        }
        UserProfile user = users.touch(inbound.userId(), inbound.chatId(), handling.inboundTexts().language(),
                inbound.at());
        if (user.blockedAt() != null && users.clearBlocked(user.userId())) {
            for (BiConsumer<UserProfile, Instant> listener : returned) {
                listener.accept(user, inbound.at());
            }
        }
        Optional<String> written = inbound.isText() && inbound.command() == null
                ? messageLanguage.apply(inbound.text()).filter(content.languages()::contains) : Optional.empty();
        if (written.isPresent() && !written.get().equals(user.language())
                && !user.alreadyHandled(inbound.updateId())) {
            // The parent writes in the other language: it becomes theirs (reminders, and messages with no clear
            // language such as "8" or "ok", follow it) until they write in another one or use /language.
            user = users.setLanguage(user.userId(), written.get());
        }
        handling.turn(new Turn(inbound, user, content.texts(user.language()), handling.verdict().warned()));
    }
}
