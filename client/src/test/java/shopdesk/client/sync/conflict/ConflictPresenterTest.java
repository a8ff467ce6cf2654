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
    /** Tea 5 x 1.00 + 5% = 5.25 and soap 1 x 2.00 + 18% = 2.36: 7.61. */
    static final String BILL = "{\"id\":\"b1\",\"localLabel\":\"T1-000009\",\"total\":761,\"items\":["
            + "{\"productId\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea\",\"quantity\":5,\"unitPrice\":100,\"taxRateBp\":500},"
            + "{\"productId\":\"p2\",\"sku\":\"SOAP\",\"name\":\"Soap\",\"quantity\":1,\"unitPrice\":200,\"taxRateBp\":1800}]}";

    @BeforeEach
    void setUp() {
        version = sync.add(7, "product", "UPDATE_PRODUCT", EntryState.CONFLICT,
                "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea 250g\",\"unitPrice\":12500,\"taxRateBp\":500,\"version\":2}",
                "changed on server", new ConflictInfo(ConflictInfo.Kind.VERSION, "product changed", 3L,
                        JsonParser.parseString("{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Assam tea 250g\",\"unitPrice\":12000,\"taxRateBp\":500,\"version\":3}").getAsJsonObject(),
                        List.of()));
        stock = sync.add(8, "bill", "CREATE_BILL", EntryState.CONFLICT, BILL, "stock",
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
        assertThat(p.fields()).extracting(FieldDifference::label).containsExactly("SKU", "Name", "Price", "Tax rate");
        assertThat(p.fields().get(2)).extracting(FieldDifference::mine, FieldDifference::theirs).containsExactly("125.00", "120.00");
        assertThat(p.fields().get(3).mine()).isEqualTo("5%");
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

    /** The base is what both started from: the till renamed it, the server cut the price, both changed the tax. */
    @Test
    void withABaseEachFieldSaysWhichSideChangedItAndMergeStartsFromThoseChanges() {
        EntryDetail based = new EntryDetail(version.entry(), version.payloadJson(), version.baseVersion(), version.attempts(),
                new ConflictInfo(ConflictInfo.Kind.VERSION, "product changed", 3L, JsonParser.parseString(
                        "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea\",\"unitPrice\":12000,\"taxRateBp\":1200}").getAsJsonObject(),
                        List.of()),
                "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea 250g\",\"unitPrice\":12500,\"taxRateBp\":1800}", List.of(),
                "{\"id\":\"p1\",\"sku\":\"TEA\",\"name\":\"Tea\",\"unitPrice\":12500,\"taxRateBp\":500}");
        var p = new ConflictPresenter(sync, sessions, based);
        assertThat(p.hasBase()).isTrue();
        assertThat(p.fields()).extracting(FieldDifference::label, FieldDifference::base, FieldDifference::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SKU", "TEA", ""),
                        org.assertj.core.groups.Tuple.tuple("Name", "Tea", "This till"),
                        org.assertj.core.groups.Tuple.tuple("Price", "125.00", "Server"),
                        org.assertj.core.groups.Tuple.tuple("Tax rate", "5%", "Both"));
        assertThat(p.fields()).filteredOn(FieldDifference::takeMine).extracting(FieldDifference::field)
                .containsExactly("name", "taxRateBp");
        assertThat(p.merged().get("unitPrice").getAsLong()).as("the server's price change is kept").isEqualTo(12000);
        assertThat(p.merged().get("name").getAsString()).isEqualTo("Tea 250g");
        assertThat(new ConflictPresenter(sync, sessions, version).hasBase()).isFalse();
        assertThat(new ConflictPresenter(sync, sessions, version).fields()).allMatch(f -> f.base().isEmpty() && f.changedBy().isEmpty());
    }

    @Test
    void versionConflictsOfferKeepTakeMergeDiscardAndStockConflictsVoidReduceOverride() {
        assertThat(new ConflictPresenter(sync, sessions, version).choices()).containsExactly(
                ConflictChoice.MERGE, ConflictChoice.KEEP_MINE, ConflictChoice.TAKE_THEIRS, ConflictChoice.DISCARD);
        assertThat(new ConflictPresenter(sync, sessions, stock).choices()).containsExactly(
                ConflictChoice.SUPERVISOR_OVERRIDE, ConflictChoice.REDUCE_QUANTITIES, ConflictChoice.VOID_AND_RESTORE);
    }

    @Test
    void theDefaultIsNeverTheDestructiveChoice() {
        assertThat(new ConflictPresenter(sync, sessions, version).choice()).isEqualTo(ConflictChoice.MERGE);
        assertThat(new ConflictPresenter(sync, sessions, stock).choice()).isEqualTo(ConflictChoice.SUPERVISOR_OVERRIDE);
    }

    @Test
    void takeTheirsClearsEveryUseMineAndKeepMineTicksThemAll() {
        var p = new ConflictPresenter(sync, sessions, version);
        p.choose(ConflictChoice.TAKE_THEIRS);
        assertThat(p.fields()).noneMatch(FieldDifference::takeMine);
        p.choose(ConflictChoice.KEEP_MINE);
        assertThat(p.fields()).filteredOn(FieldDifference::takeMine).extracting(FieldDifference::field)
                .containsExactly("name", "unitPrice");
    }

    @Test
    void everyChoiceSaysInPlainWordsWhatHappens() {
        var p = new ConflictPresenter(sync, sessions, stock);
        p.choose(ConflictChoice.REDUCE_QUANTITIES);
        // 2 teas kept: 2.10 + soap 2.36 = 4.46 of 7.61 paid
        assertThat(p.explanation()).contains("cut to what the server has").contains("TEA: 5 -> 2").contains("refund 3.15");
        p.choose(ConflictChoice.VOID_AND_RESTORE);
        assertThat(p.explanation()).contains("This till: ", "Server: ", "Customer: refund the whole bill, 7.61");
        for (ConflictChoice c : ConflictChoice.values()) assertThat(c.explanation()).contains("This till: ", "Server: ", "Customer: ");
    }

    @Test
    void aFailedBillGetsTheSameRepairsWithQuantitiesChosenByHand() {
        EntryDetail failed = sync.add(9, "bill", "CREATE_BILL", EntryState.FAILED, BILL, "UNKNOWN_PRODUCT: no product p2", null);
        var p = new ConflictPresenter(sync, sessions, failed);
        assertThat(p.title()).isEqualTo("The server refused Bill T1-000009, 7.61");
        assertThat(p.choices()).containsExactly(ConflictChoice.SUPERVISOR_OVERRIDE, ConflictChoice.REDUCE_QUANTITIES,
                ConflictChoice.VOID_AND_RESTORE, ConflictChoice.RELINK_PRODUCT);
        p.choose(ConflictChoice.REDUCE_QUANTITIES);
        assertThat(p.resolve("drop the soap")).as("nothing lowered yet").isFalse();
        p.bill().keep(1, 0);
        assertThat(p.explanation()).contains("refund 2.36");
        assertThat(p.resolve("drop the soap")).isTrue();
        assertThat(sync.calls).containsExactly("REDUCE {p2=0} 9 drop the soap");
    }

    @Test
    void aBillRefusedForAnUnknownProductCanBeReLinked() {
        EntryDetail failed = sync.add(9, "bill", "CREATE_BILL", EntryState.FAILED, BILL, "UNKNOWN_PRODUCT: no product p2", null);
        var p = new ConflictPresenter(sync, sessions, failed);
        assertThat(p.choices()).endsWith(ConflictChoice.RELINK_PRODUCT);
        assertThat(p.choice()).as("the default keeps the bill as rung up").isEqualTo(ConflictChoice.SUPERVISOR_OVERRIDE);
        p.choose(ConflictChoice.RELINK_PRODUCT);
        assertThat(p.explanation()).contains("same SKU", "Server: gets the bill");
        assertThat(p.resolve("same tea as the server's")).isTrue();
        assertThat(sync.calls).containsExactly("RELINK 9 same tea as the server's");
        EntryDetail refusedTotal = sync.add(10, "bill", "CREATE_BILL", EntryState.FAILED, BILL, "VALIDATION: bad total", null);
        assertThat(new ConflictPresenter(sync, sessions, refusedTotal).choices()).doesNotContain(ConflictChoice.RELINK_PRODUCT);
    }

    @Test
    void aBillRefusedForAnOverspentNoteSaysSoInPlainWords() {
        String refused = "STORE_CREDIT_EXCEEDED: The bill takes 500 of store credit T2-C000001, which has only 200 left";
        EntryDetail failed = sync.add(11, "bill", "CREATE_BILL", EntryState.FAILED, BILL, refused, null);
        var p = new ConflictPresenter(sync, sessions, failed);
        assertThat(p.serverMessage()).isEqualTo(shopdesk.client.sync.NoteErrorWords.plain(refused))
                .contains("T2-C000001").doesNotContain("STORE_CREDIT_EXCEEDED");
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
