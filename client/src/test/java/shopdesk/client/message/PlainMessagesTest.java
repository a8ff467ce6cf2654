package shopdesk.client.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.dal.error.ErrorCode;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.outbox.cloud.CloudException;
import shopdesk.outbox.cloud.CloudUnavailableException;
import shopdesk.outbox.cloud.CloudUnreachableException;
import shopdesk.outbox.cloud.ExchangeFailedException;
import shopdesk.outbox.cloud.UpdateRequiredException;

class PlainMessagesTest {

    @Test
    void aRefusedConnectionTellsTheCashierToKeepSellingAndCheckTheNetwork() {
        String s = PlainMessages.forCashier(new CloudUnavailableException("Cannot reach the ShopDesk cloud at http://10.0.0.5/:"
                + " ConnectException: Connection refused", new ConnectException("Connection refused")));
        assertThat(s).isEqualTo(PlainMessages.NO_CONNECTION).contains("Keep selling", "network cable or Wi-Fi");
        assertThat(PlainMessages.forCashier(new CloudUnreachableException("HttpHostConnectException: Connect to x failed", null)))
                .isEqualTo(PlainMessages.NO_CONNECTION);
    }

    @Test
    void theCauseChainIsSearchedForTheFirstFailureThatSaysSomething() {
        var wrapped = new IllegalStateException("java.lang.RuntimeException: boom",
                new RuntimeException(new SocketTimeoutException("Read timed out")));
        assertThat(PlainMessages.forCashier(wrapped)).isEqualTo(PlainMessages.TOO_SLOW);
        assertThat(PlainMessages.forCashier(new UnknownHostException("cloud.example.com"))).isEqualTo(PlainMessages.NO_ADDRESS);
        assertThat(PlainMessages.forCashier(new ExchangeFailedException("SocketException: Connection reset", null)))
                .isEqualTo(PlainMessages.BROKEN);
    }

    @Test
    void serverAnswersBecomeWhatTheCashierCanDo() {
        assertThat(PlainMessages.forCashier(new CloudException(503, null, "HTTP 503"))).isEqualTo(PlainMessages.SERVER_FAULT);
        assertThat(PlainMessages.forCashier(new CloudException(429, "RATE", "Too many"))).isEqualTo(PlainMessages.SERVER_BUSY);
        assertThat(PlainMessages.forCashier(new UpdateRequiredException("protocol 1 is too old"))).isEqualTo(PlainMessages.UPDATE);
        assertThat(PlainMessages.forCashier(new CloudException(400, "VALIDATION", "The device T9 is not registered")))
                .isEqualTo("The ShopDesk server refused: The device T9 is not registered");
        assertThat(PlainMessages.forCashier(new CloudException(400, null, "HTTP 400"))).isEqualTo(PlainMessages.SERVER_FAULT);
    }

    @Test
    void ourOwnMessagesAreAlreadyPlainAndKeptAsTheyAre() {
        assertThat(PlainMessages.forCashier(new AuthenticationException())).isEqualTo("Unknown user or wrong password");
        assertThat(PlainMessages.forCashier(new ShopDeskException(ErrorCode.VALIDATION, "price", "Price must be at least 0.01")))
                .isEqualTo("Price must be at least 0.01");
        assertThat(PlainMessages.forCashier(new ShopDeskException(ErrorCode.INVALID_STATE, null,
                "The cloud refused the login: java.lang.IllegalStateException: no token")))
                .isEqualTo("The cloud refused the login: no token");
    }

    @Test
    void startUpProblemsWrittenForPeopleAreShownAsTheyAre() {
        assertThat(PlainMessages.forCashier(new IllegalStateException("boot", new ConfigException("db.dialect",
                "db.dialect must be one of sqlite, h2, postgres")))).isEqualTo("db.dialect must be one of sqlite, h2, postgres");
    }

    @Test
    void printerDiskAndDatabaseFailuresSayWhatToCheck() {
        assertThat(PlainMessages.forCashier(new PrinterException("No print service found"))).isEqualTo(PlainMessages.PRINTER);
        assertThat(PlainMessages.forCashier(new AccessDeniedException("/srv/receipts/a.pdf"))).isEqualTo(PlainMessages.FILE);
        assertThat(PlainMessages.forCashier(new IOException("No space left on device"))).isEqualTo(PlainMessages.FILE);
        assertThat(PlainMessages.forCashier(new RuntimeException(new SQLException("[SQLITE_BUSY] database is locked"))))
                .isEqualTo(PlainMessages.DATABASE);
    }

    @Test
    void anythingElseIsAPlainApologyWithNoClassName() {
        String s = PlainMessages.forCashier(new NullPointerException("Cannot invoke \"String.trim()\""));
        assertThat(s).isEqualTo(PlainMessages.UNKNOWN).doesNotContain("Exception").contains("log");
    }

    @Test
    void explainNamesWhatFailedThenWhy() {
        assertThat(PlainMessages.explain("Could not print", new PrinterException("Printer is not accepting job.")))
                .isEqualTo("Could not print: " + PlainMessages.PRINTER);
    }

    @Test
    void recordedSyncErrorsLoseTheirClassNames() {
        assertThat(PlainMessages.plain("HttpHostConnectException: Connect to http://127.0.0.1:8080 [/127.0.0.1] failed: Connection refused"))
                .isEqualTo(PlainMessages.NO_CONNECTION);
        assertThat(PlainMessages.plain("java.net.SocketTimeoutException: Read timed out")).isEqualTo(PlainMessages.TOO_SLOW);
        assertThat(PlainMessages.plain("NoHttpResponseException: 127.0.0.1:8080 failed to respond")).isEqualTo(PlainMessages.BROKEN);
        assertThat(PlainMessages.plain("Cannot send this entry: java.lang.IllegalArgumentException: unknown action FOO"))
                .isEqualTo("Cannot send this entry: unknown action FOO");
        assertThat(PlainMessages.plain("Product SOAP-1 was changed on the server")).isEqualTo("Product SOAP-1 was changed on the server");
        assertThat(PlainMessages.plain("java.lang.NullPointerException")).isEqualTo(PlainMessages.UNKNOWN);
        assertThat(PlainMessages.plain(null)).isEmpty();
    }
}
