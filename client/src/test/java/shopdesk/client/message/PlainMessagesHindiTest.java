package shopdesk.client.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.i18n.Messages;

/** A Hindi till explains failures in Hindi; the sentences stay English constants for logs and other callers. */
class PlainMessagesHindiTest {
    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void aNetworkFailureIsExplainedInTheTillsLanguage() {
        assertThat(PlainMessages.forCashier(new ConnectException("Connection refused")))
                .isEqualTo(PlainMessages.NO_CONNECTION);
        Messages.use(Messages.HINDI);
        String hindi = PlainMessages.forCashier(new ConnectException("Connection refused"));
        assertThat(hindi).isNotEqualTo(PlainMessages.NO_CONNECTION).contains("Wi-Fi")
                .matches(s -> s.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F));
        assertThat(PlainMessages.plain("java.net.SocketTimeoutException: Read timed out")).contains("ShopDesk सर्वर");
        assertThat(PlainMessages.forCashier(new IllegalStateException("boom"))).contains("कुछ गड़बड़");
    }
}
