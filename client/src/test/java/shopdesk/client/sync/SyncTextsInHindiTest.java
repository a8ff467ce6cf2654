package shopdesk.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.conflict.ConflictChoice;
import shopdesk.client.sync.status.StatusPresenter;

/** The sync centre's, conflict dialog's and status bar's words come from the bundle: in Hindi when the shop chose it. */
class SyncTextsInHindiTest {

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void statusBarAndConflictChoicesSpeakTheShopsLanguage() {
        var status = new StatusPresenter(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC));
        SyncStatus skewed = new SyncStatus(true, true, PauseReason.NONE, Map.of(EntryState.CONFLICT, 2L), null, null, false, 0, 0,
                5 * 60_000L);
        assertThat(status.clockSkew(skewed)).isEqualTo("Till clock 5 min behind the server");
        assertThat(ConflictChoice.RELINK_PRODUCT.label()).isEqualTo("Re-link product");
        assertThat(ConflictChoice.VOID_AND_RESTORE.explanation("x")).startsWith("This till: the bill is voided").endsWith("Customer: x.");

        assertThat(EntryWords.name("audit", "a1", "{\"action\":\"sync.discard\",\"reason\":\"typo\"}"))
                .isEqualTo("Audit record sync.discard: typo");
        Messages.use(Messages.HINDI);
        assertThat(status.clockSkew(skewed)).isEqualTo("टिल की घड़ी सर्वर से 5 min पीछे");
        assertThat(status.attention(skewed)).isEqualTo("2 टकराव");
        assertThat(ConflictChoice.MERGE.label()).isEqualTo("मिलाएँ");
        assertThat(ConflictChoice.DISCARD.explanation()).contains("यह टिल: ", "सर्वर: ", "ग्राहक: कुछ नहीं बदलता");
        assertThat(Messages.missing()).noneMatch(k -> k.startsWith("conflict.") || k.startsWith("sync.") || k.startsWith("status."));
    }
}
