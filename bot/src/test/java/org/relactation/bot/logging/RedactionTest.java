package org.relactation.bot.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    @Test
    void masksBotTokensAlsoInsideUrls() {
        String line = "POST http://127.0.0.1:8081/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage failed";

        assertThat(Redaction.redact(line))
                .doesNotContain("AAHdqTcv")
                .isEqualTo("POST http://127.0.0.1:8081/bot<bot-token>/sendMessage failed");
    }

    @Test
    void masksDatabasePasswords() {
        assertThat(Redaction.redact("connecting to mongodb://admin:s3cr@t@db:27017/x"))
                .doesNotContain("s3cr").contains("mongodb://admin:<password>@");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(Redaction.redact("Update 1234 handled at 12:30")).isEqualTo("Update 1234 handled at 12:30");
        assertThat(Redaction.redact(null)).isNull();
    }
}
