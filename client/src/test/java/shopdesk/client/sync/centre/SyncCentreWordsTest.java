package shopdesk.client.sync.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.QueueEntry;

/** The sync centre shows a failed attempt in plain words, never the exception text the outbox recorded. */
class SyncCentreWordsTest {
    static final String RAW = "HttpHostConnectException: Connect to http://127.0.0.1:8080 [/127.0.0.1] failed: Connection refused";
    QueueEntry entry = new QueueEntry(7, "bill:b1", "bill", "b1", "CREATE_BILL", EntryState.RETRY_WAIT, 3, 0L, RAW);

    @Test
    void theLastErrorColumnSaysWhatHappenedAndWhatToDo() {
        QueueTableModel model = new QueueTableModel();
        model.show(List.of(entry));
        assertThat(model.getValueAt(0, 6)).isEqualTo(PlainMessages.NO_CONNECTION);
    }

    @Test
    void theEntryDetailHasNoExceptionNames() {
        var detail = new EntryDetail(entry, "{\"id\":\"b1\"}", null,
                List.of(new EntryDetail.Attempt(0L, "NETWORK", null, "java.net.SocketTimeoutException: Read timed out")), null);
        String text = EntryDetailText.describe(detail);
        assertThat(text).contains(PlainMessages.NO_CONNECTION, PlainMessages.TOO_SLOW).doesNotContain("Exception");
    }

    @Test
    void onAHindiTillARefusalIsInHindiWithTheServersWordsBeside() {
        shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.HINDI);
        try {
            var refused = new shopdesk.client.sync.QueueEntry(8, "bill:b1", "bill", "b1", "CREATE_BILL",
                    shopdesk.client.sync.EntryState.FAILED, 1, 0L, "DISCOUNT_NOT_APPROVED: the discount of 30% needs approval");
            String text = EntryDetailText.describe(new EntryDetail(refused, "{\"id\":\"b1\"}", null, List.of(), null));
            assertThat(text).contains("अस्वीकृत", shopdesk.client.sync.RejectionTexts.text("DISCOUNT_NOT_APPROVED"),
                    "the discount of 30% needs approval").doesNotContain("Error:", "State:");
        } finally {
            shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.ENGLISH);
        }
    }

    @Test
    void aConflictInTheQueueTableIsInHindiOnAHindiTill() {
        var conflict = new shopdesk.client.sync.QueueEntry(9, "bill:b2", "bill", "b2", "CREATE_BILL",
                shopdesk.client.sync.EntryState.CONFLICT, 1, 0L, "Only 2 of GRN in stock");
        QueueTableModel model = new QueueTableModel();
        model.show(List.of(conflict));
        assertThat(model.getValueAt(0, 6)).isEqualTo("Only 2 of GRN in stock");
        shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.HINDI);
        try {
            model.show(List.of(conflict));
            assertThat(model.getValueAt(0, 6)).isEqualTo(shopdesk.client.i18n.Messages.get("errors.conflict.STOCK"));
        } finally {
            shopdesk.client.i18n.Messages.use(shopdesk.client.i18n.Messages.ENGLISH);
        }
    }
}
