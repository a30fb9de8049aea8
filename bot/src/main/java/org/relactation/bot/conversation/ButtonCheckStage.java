package org.relactation.bot.conversation;

import java.util.List;

/**
 * Genuine buttons: a press that is forged, replayed onto another message or from another chat touches nothing and
 * tells nobody else; a second tap on a step already answered gets a kinder word, and changes nothing either.
 */
final class ButtonCheckStage implements Stage {
    private final ButtonCheck check;

    ButtonCheckStage(ButtonCheck check) {
        this.check = check;
    }

    @Override
    public void on(Handling handling) {
        Inbound inbound = handling.inbound();
        if (inbound.isButton() && !check.genuine(inbound)) {
            String key = check.answeredBefore(inbound) ? "fallback.already_answered" : "fallback.stale_button";
            handling.answer(List.of(new Action.AnswerButton(inbound.chatId(), inbound.button().callbackId(),
                    handling.inboundTexts().get(key))));
        }
    }
}
