package shopdesk.client.sync.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.NoteErrorWords;
import shopdesk.client.sync.QueueEntry;
import shopdesk.dal.money.Money;

/** A bill refused or waiting over a store-credit note says in plain words what happened and what to do. */
class NoteErrorWordsTest {
    static final String EXCEEDED = "STORE_CREDIT_EXCEEDED: The bill takes 1000 of store credit T1-C000001, which has only"
            + " 500 left after other bills";
    static final String UNKNOWN = "UNKNOWN_STORE_CREDIT: The bill is paid with store credit T9-C000007, which this shop's"
            + " server does not have";
    static final String WAITING = "STORE_CREDIT_NOT_YET_KNOWN: The bill is paid with store credit T2-C000001, which till T2"
            + " wrote and has not sent to the server yet";

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void eachNoteRefusalSaysWhatHappenedAndWhatToDo() {
        assertThat(NoteErrorWords.plain(EXCEEDED)).isEqualTo(Messages.get("sync.note.exceeded", "T1-C000001", Money.format(500)))
                .contains("already spent by another till's bill", "Void bill and restore stock", "Sell anyway (override)")
                .doesNotContain("STORE_CREDIT_EXCEEDED");
        assertThat(NoteErrorWords.plain(UNKNOWN)).isEqualTo(Messages.get("sync.note.unknown", "T9-C000007"))
                .contains("customer's note");
        assertThat(NoteErrorWords.plain(WAITING)).isEqualTo(Messages.get("sync.note.waiting", "T2-C000001", "T2"))
                .startsWith("Waiting for the till that issued store credit note T2-C000001").contains("nobody needs to do anything");
        assertThat(NoteErrorWords.waitsForNote(WAITING)).isTrue();
        String gaveUp = "Waited 24 h for the till that wrote the note to send it; last: " + WAITING;
        assertThat(NoteErrorWords.waitsForNote(gaveUp)).isFalse();
        assertThat(NoteErrorWords.plain(gaveUp)).isEqualTo(Messages.get("sync.note.gaveUp", "T2-C000001", "T2")).contains("Retry");
        assertThat(NoteErrorWords.plain("NOT_FOUND: Unknown product")).as("others as before").isEqualTo("NOT_FOUND: Unknown product");
    }

    @Test
    void theQueueAndTheDetailUseThem() {
        QueueEntry waiting = new QueueEntry(9, "bill:b2", "bill", "b2", "CREATE_BILL", EntryState.RETRY_WAIT, 2, 0L, WAITING);
        QueueEntry refused = new QueueEntry(8, "bill:b1", "bill", "b1", "CREATE_BILL", EntryState.FAILED, 1, 0L, EXCEEDED);
        QueueTableModel model = new QueueTableModel();
        model.show(List.of(refused, waiting));
        assertThat(model.getValueAt(0, 6)).isEqualTo(NoteErrorWords.plain(EXCEEDED));
        assertThat(model.getValueAt(1, 6)).asString().startsWith("Waiting for the till that issued");
        String detail = EntryDetailText.describe(new EntryDetail(waiting, "{\"id\":\"b2\"}", null,
                List.of(new EntryDetail.Attempt(0L, "WAITING_FOR_NOTE", null, WAITING)), null));
        assertThat(detail).contains("Error: " + NoteErrorWords.plain(WAITING)).doesNotContain("STORE_CREDIT_NOT_YET_KNOWN:");
    }

    @Test
    void inHindiToo() {
        Messages.use(Messages.HINDI);
        assertThat(NoteErrorWords.plain(WAITING)).contains("T2-C000001", "प्रतीक्षा").doesNotContain("Waiting");
        assertThat(NoteErrorWords.plain(EXCEEDED)).contains("T1-C000001", Money.format(500), "खर्च");
        assertThat(Messages.missing()).noneMatch(k -> k.startsWith("sync.note."));
    }
}
