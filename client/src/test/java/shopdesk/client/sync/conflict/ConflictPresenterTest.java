package shopdesk.client.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSync;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.dal.user.Role;

class ConflictPresenterTest {
    FakeSync sync = new FakeSync();
    SessionHolder sessions = new SessionHolder();
    FakeAuth auth = new FakeAuth();
    EntryDetail version, stock;

    @BeforeEach
    void setUp() {
        version = sync.add(7, "product", "UPDATE_PRODUCT", EntryState.CONFLICT,
                "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea 250g\",\"unitPrice\":12500,\"taxRateBp\":500,\"version\":2}",
                "changed on server", new ConflictInfo(ConflictInfo.Kind.VERSION, "product changed", 3L,
                        JsonParser.parseString("{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Assam tea 250g\",\"unitPrice\":12000,\"taxRateBp\":500,\"version\":3}").getAsJsonObject(),
                        List.of()));
        stock = sync.add(8, "bill", "CREATE_BILL", EntryState.CONFLICT, "{\"id\":\"b1\"}", "stock",
                new ConflictInfo(ConflictInfo.Kind.STOCK, "not enough stock", null, null,
                        List.of(new ConflictInfo.Shortfall("p1", "TEA", 5, 2))));
        sessions.start(auth.user("super", "pw", Role.SUPERVISOR));
    }

    @Test
    void showsBothSidesFieldByFieldWithDifferencesMarked() {
        var p = new ConflictPresenter(sync, sessions, version);
        assertThat(p.fields()).extracting(FieldDifference::field).containsExactly("sku", "name", "unitPrice", "taxRateBp");
        assertThat(p.fields()).filteredOn(FieldDifference::differs).extracting(FieldDifference::field)
                .containsExactly("name", "unitPrice");
        assertThat(p.fields().get(1)).extracting(FieldDifference::mine, FieldDifference::theirs)
                .containsExactly("Tea 250g", "Assam tea 250g");
    }

    @Test
    void mineIsTheTillsCurrentRecordWithEveryUnsentEditNotTheFirstQueuedOne() {
        EntryDetail folded = new EntryDetail(version.entry(), version.payloadJson(), version.baseVersion(),
                version.attempts(), version.conflict(),
                "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea 250g\",\"unitPrice\":12500,\"taxRateBp\":500,"
                        + "\"lowStockLevel\":7,\"version\":3}");
        var p = new ConflictPresenter(sync, sessions, folded);
        assertThat(p.fields()).filteredOn(f -> f.field().equals("lowStockLevel")).singleElement()
                .extracting(FieldDifference::mine).isEqualTo("7");
        assertThat(p.merged().get("lowStockLevel").getAsLong()).isEqualTo(7);
    }

    @Test
    void versionConflictsOfferKeepTakeMergeDiscardAndStockConflictsVoidReduceOverride() {
        assertThat(new ConflictPresenter(sync, sessions, version).choices()).containsExactly(
                ConflictChoice.KEEP_MINE, ConflictChoice.TAKE_THEIRS, ConflictChoice.MERGE, ConflictChoice.DISCARD);
        assertThat(new ConflictPresenter(sync, sessions, stock).choices()).containsExactly(
                ConflictChoice.VOID_AND_RESTORE, ConflictChoice.REDUCE_QUANTITIES, ConflictChoice.SUPERVISOR_OVERRIDE);
    }

    @Test
    void everyChoiceSaysInPlainWordsWhatHappens() {
        var p = new ConflictPresenter(sync, sessions, stock);
        p.choose(ConflictChoice.REDUCE_QUANTITIES);
        assertThat(p.explanation()).contains("cut to what the server has").contains("TEA: 5 -> 2");
        for (ConflictChoice c : ConflictChoice.values()) assertThat(c.explanation()).isNotBlank();
    }

    @Test
    void mergeTakesEachFieldFromTheChosenSide() {
        var p = new ConflictPresenter(sync, sessions, version);
        p.choose(ConflictChoice.MERGE);
        p.takeMine("name", false);        // their name, my price
        assertThat(p.resolve("keep our price")).isTrue();
        assertThat(sync.calls).singleElement().asString()
                .contains("FORCE_PUSH merged=").contains("\"name\":\"Assam tea 250g\"").contains("\"unitPrice\":12500")
                .endsWith("keep our price");
    }

    @Test
    void takeTheirsAndDiscardCallTheQueueWithTheReason() {
        var p = new ConflictPresenter(sync, sessions, version);
        p.choose(ConflictChoice.TAKE_THEIRS);
        assertThat(p.resolve("server is right")).isTrue();
        assertThat(sync.calls).containsExactly("TAKE_THEIRS 7 server is right");
    }

    @Test
    void reduceQuantitiesCutsShortItemsToServerStock() {
        var p = new ConflictPresenter(sync, sessions, stock);
        p.choose(ConflictChoice.REDUCE_QUANTITIES);
        assertThat(p.resolve("sold out")).isTrue();
        assertThat(sync.calls).containsExactly("REDUCE {p1=2} 8 sold out");
    }

    @Test
    void aCashierCannotResolveAndEveryResolutionNeedsAReason() {
        var p = new ConflictPresenter(sync, sessions, stock);
        assertThat(p.resolve(" ")).isFalse();
        assertThat(p.message()).contains("Say why");
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        assertThat(p.canResolve()).isFalse();
        assertThat(p.resolve("because")).isFalse();
        assertThat(p.message()).contains("Only a supervisor");
        assertThat(sync.calls).isEmpty();
    }
}
