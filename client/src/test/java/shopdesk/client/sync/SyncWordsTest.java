package shopdesk.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.client.i18n.Messages;
import shopdesk.protocol.ChangeAction;

/** Every queue state and every action has words of its own in both languages: no enum name reaches the screen. */
class SyncWordsTest {
    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi"})
    void everyStateAndActionIsInWords(String language) {
        Messages.use(java.util.Locale.forLanguageTag(language));
        for (EntryState s : EntryState.values()) {
            assertThat(EntryWords.state(s)).as(s.name()).isNotBlank().isNotEqualTo(s.name()).doesNotStartWith("sync.state.");
        }
        for (ChangeAction a : ChangeAction.values()) {
            assertThat(EntryWords.action(a.name())).as(a.name()).isNotBlank().isNotEqualTo(a.name()).doesNotStartWith("sync.action.");
        }
        assertThat(Messages.missing()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi"})
    void anActionFromANewerTillKeepsItsName(String language) {
        Messages.use(java.util.Locale.forLanguageTag(language));
        assertThat(EntryWords.action("SPLIT_BILL")).isEqualTo("SPLIT_BILL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi"})
    void aHindiTillShowsHindiStates(String language) {
        Messages.use(java.util.Locale.forLanguageTag(language));
        assertThat(EntryWords.state(EntryState.FAILED)).isEqualTo("अस्वीकृत");
        assertThat(EntryWords.action("CREATE_BILL")).isEqualTo("बिल");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi"})
    void theBillsListSaysStatusAndSyncStateInWords(String language) {
        Messages.use(java.util.Locale.forLanguageTag(language));
        var model = new shopdesk.client.bills.BillTableModel();
        for (shopdesk.dal.bill.BillSyncState s : shopdesk.dal.bill.BillSyncState.values()) {
            assertThat(shopdesk.client.bills.BillTableModel.syncWords(s.name())).as(s.name()).isNotEqualTo(s.name())
                    .doesNotStartWith("bills.sync.");
        }
        for (shopdesk.protocol.BillStatus st : shopdesk.protocol.BillStatus.values()) {
            model.show(java.util.List.of(new shopdesk.client.bills.BillView("b1", "T1-000001", null, st, "PENDING", 0L,
                    "Asha", null, java.util.List.of(), java.util.List.of(), 0, 0, 0, 0, 0, null, null)));
            assertThat(model.getValueAt(0, 5)).as(st.name()).isNotEqualTo(st.name()).asString().doesNotStartWith("bills.status.");
        }
        assertThat(shopdesk.client.bills.BillTableModel.syncWords("ARCHIVED")).isEqualTo("ARCHIVED");
        assertThat(Messages.missing()).isEmpty();
    }
}
