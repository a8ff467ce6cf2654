package shopdesk.server.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STORE_CREDIT;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.dal.common.Ids;
import shopdesk.dal.user.Role;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.ReturnableBill;
import shopdesk.protocol.TokenResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.ReturnPayload;
import shopdesk.protocol.payload.StoreCreditPayload;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/** CREATE_RETURN over real HTTP: quantities left across tills, refunds, credit-note numbers, returns without bill. */
public abstract class AbstractReturnPushTest extends ServerTestBase {

    public static ReturnPayload.Item item(int line, Integer originalLine, String productId, long qty, boolean restock, long sub, long tax) {
        return new ReturnPayload.Item(line, originalLine, productId, "SKU", "Item", qty, restock, sub, tax);
    }

    public static PushEntry returnOf(String billId, String device, String user, long localNumber, String reason, String approvedBy,
                              ReturnPayload.Item... items) {
        ReturnPayload r = new ReturnPayload(Ids.newId(), device, user, billId, localNumber, "T1-R" + localNumber,
                System.currentTimeMillis(), "CASH", reason, approvedBy, 0, 0, 0, List.of()).withItems(List.of(items));
        return Entries.entry("CREATE_RETURN", "return", r.id(), r, null);
    }

    /** A store-credit note of {@code amount} for an exchange's return. */
    public static PushEntry storeCredit(String returnId, String device, String user, long localNumber, long amount) {
        return storeCredit(returnId, device, user, localNumber, amount, "T1-C" + localNumber);
    }

    /** The same with the note's number as its till printed it. */
    public static PushEntry storeCredit(String returnId, String device, String user, long localNumber, long amount, String label) {
        StoreCreditPayload c = new StoreCreditPayload(Ids.newId(), device, user, localNumber, label, amount,
                returnId, null, System.currentTimeMillis());
        return Entries.entry("ISSUE_STORE_CREDIT", "store_credit", c.id(), c, null);
    }

    /** The return id inside an entry made by {@link #returnOf}. */
    public static String idOf(PushEntry e) {
        return e.entityId();
    }

    private EntryResult push(TokenResponse login, String device, PushEntry e) {
        return api.pushOk(login.accessToken(), device, e).results().get(0);
    }

    private long stock(String productId) {
        return server.database().dsl().select(STOCK.QUANTITY).from(STOCK).where(STOCK.PRODUCT_ID.eq(productId)).fetchOne(STOCK.QUANTITY);
    }

    private BillPayload sold(Shop shop, Line... lines) {
        BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), System.nanoTime() % 1_000_000 + 1, null, lines);
        assertThat(push(shop.cashier(), shop.deviceId(), Entries.createBill(b)).outcome()).isEqualTo(Outcome.APPLIED);
        return b;
    }

    @Test
    void aPartialReturnIsACreditNoteThatRestocksWhatGoesBack() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 500, 10);
        BillPayload b = sold(shop, new Line(tea, 3, 1_000, 500)); // 3000 + 150 tax
        EntryResult r = push(shop.cashier(), shop.deviceId(), returnOf(b.id(), shop.deviceId(), shop.cashierId(), 1, null, null,
                item(1, 1, tea, 1, true, 1_000, 50)));
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.APPLIED);
        assertThat(r.applied().series()).isEqualTo("CREDIT_NOTE");
        assertThat(r.applied().legalLabel()).isEqualTo("CN/2025-26/000001");
        assertThat(stock(tea)).isEqualTo(8);
        EntryResult writeOff = push(shop.cashier(), shop.deviceId(), returnOf(b.id(), shop.deviceId(), shop.cashierId(), 2, null,
                null, item(1, 1, tea, 2, false, 2_000, 100)));
        assertThat(writeOff.applied().legalLabel()).isEqualTo("CN/2025-26/000002");
        assertThat(stock(tea)).isEqualTo(8);

        ReturnableBill seen = api.get("/api/v1/sync/bill?number=T1-" + String.format("%06d", b.localNumber()),
                shop.cashier().accessToken()).as(ReturnableBill.class);
        assertThat(seen.id()).isEqualTo(b.id());
        assertThat(seen.legalLabel()).isEqualTo("INV/2025-26/000001");
        assertThat(seen.lines().get(0).returned()).isEqualTo(3);
    }

    @Test
    void aBillLookupSaysWhichLinesAreWeighedSoAnotherTillShowsKg() {
        Shop shop = newShop();
        String rice = product(shop, "RICE", 6_000, 0, 10_000);
        String tea = product(shop, "TEA", 1_000, 0, 10);
        BillPayload counted = Entries.bill(shop.deviceId(), shop.cashierId(), 41, null, new Line(rice, 1_250, 6_000, 0),
                new Line(tea, 1, 1_000, 0));
        var items = List.of(new BillPayload.Item(1, rice, "RICE", "Rice", 1_250, 6_000, 0, true, false, null, null, null),
                counted.items().get(1)); // 1.25 kg of rice at 60.00 a kg: 75.00, and a tea
        BillPayload b = new BillPayload(counted.id(), counted.deviceId(), counted.userId(), null, 41, counted.localLabel(),
                counted.clientCreatedAt(), 8_500, 0, 8_500, items, List.of(new BillPayload.Payment(1, "CASH", 8_500, 8_500, null)),
                null, null, counted.status());
        EntryResult sale = push(shop.cashier(), shop.deviceId(), Entries.createBill(b));
        assertThat(sale.outcome()).as(String.valueOf(sale)).isEqualTo(Outcome.APPLIED);

        String json = api.get("/api/v1/sync/bill?number=" + b.localLabel(), shop.cashier().accessToken()).body();
        assertThat(json).contains("\"weighed\":true", "\"weighed\":false");
        ReturnableBill seen = shopdesk.protocol.payload.Payloads.fromJson(json, ReturnableBill.class);
        assertThat(seen.lines()).extracting(ReturnableBill.Line::weighed).containsExactly(true, false);
        assertThat(seen.lines().get(0).quantity()).as("still grams").isEqualTo(1_250);
        assertThat(shopdesk.protocol.payload.Payloads.fromJson(json.replace("\"weighed\":true", "\"old\":1"),
                ReturnableBill.class).lines().get(0).weighed()).as("an older server's answer reads as counted").isFalse();
    }

    @Test
    void twoTillsReturningTheLastUnitGetOneAppliedAndOneConflictWithoutANumberGap() {
        Shop shop = newShop();
        String soap = product(shop, "SOAP", 500, 0, 5);
        BillPayload b = sold(shop, new Line(soap, 1, 500, 0));
        String till2 = admin.createDevice(shop.id(), "T2", "Till 2");
        TokenResponse login2 = api.loginOk(shop.cashierName(), PASSWORD, till2);
        EntryResult first = push(shop.cashier(), shop.deviceId(), returnOf(b.id(), shop.deviceId(), shop.cashierId(), 1, null, null,
                item(1, 1, soap, 1, true, 500, 0)));
        EntryResult second = push(login2, till2, returnOf(b.id(), till2, shop.cashierId(), 1, null, null,
                item(1, 1, soap, 1, true, 500, 0)));
        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(second.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(second.conflict().kind()).isEqualTo(Conflict.Kind.RETURN);
        assertThat(second.conflict().shortfalls()).containsExactly(new Conflict.Shortfall(soap, "SKU-1", 1, 0));
        assertThat(second.conflict().message()).contains("More returned than is left");
        assertThat(stock(soap)).isEqualTo(5);
        // the refused return took no credit-note number
        EntryResult noBill = push(shop.supervisor(), shop.deviceId(), returnOf(null, shop.deviceId(), shop.supervisorId(), 9,
                "gift without receipt", null, item(1, null, soap, 1, true, 500, 0)));
        assertThat(noBill.applied().legalLabel()).isEqualTo("CN/2025-26/000002");
    }

    @Test
    void aRefundThatIsNotTheLinesShareIsRejected() {
        Shop shop = newShop();
        String tea = product(shop, "TEA2", 1_000, 500, 10);
        BillPayload b = sold(shop, new Line(tea, 3, 1_000, 500));
        EntryResult r = push(shop.cashier(), shop.deviceId(), returnOf(b.id(), shop.deviceId(), shop.cashierId(), 1, null, null,
                item(1, 1, tea, 1, true, 1_100, 50)));
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.REFUND_MISMATCH);
        assertThat(server.database().dsl().fetchCount(SALE_RETURN, SALE_RETURN.ORIGINAL_BILL_ID.eq(b.id()))).isZero();
    }

    @Test
    void aReturnWithoutTheBillNeedsASupervisorTokenAndAReason() {
        Shop shop = newShop();
        String tea = product(shop, "TEA3", 1_000, 0, 10);
        EntryResult cashier = push(shop.cashier(), shop.deviceId(), returnOf(null, shop.deviceId(), shop.cashierId(), 1, "no receipt",
                null, item(1, null, tea, 1, true, 1_000, 0)));
        assertThat(cashier.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ROLE);
        // naming a supervisor as approver without that supervisor's signature is refused too
        EntryResult named = push(shop.cashier(), shop.deviceId(), returnOf(null, shop.deviceId(), shop.cashierId(), 1, "no receipt",
                shop.supervisorId(), item(1, null, tea, 1, true, 1_000, 0)));
        assertThat(named.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ACTOR);
        EntryResult noReason = push(shop.supervisor(), shop.deviceId(), returnOf(null, shop.deviceId(), shop.supervisorId(), 1, null,
                null, item(1, null, tea, 1, true, 1_000, 0)));
        assertThat(noReason.rejected().code()).isEqualTo(RejectCodes.INVALID_PAYLOAD);
        EntryResult ok = push(shop.supervisor(), shop.deviceId(), returnOf(null, shop.deviceId(), shop.supervisorId(), 1, "no receipt",
                null, item(1, null, tea, 1, true, 1_000, 0)));
        assertThat(ok.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(stock(tea)).isEqualTo(11);
        assertThat(Role.SUPERVISOR).isNotNull();
    }

    @Test
    void aStoreCreditNoteIsStoredAgainstItsReturnAndNeverForMoreThanItRefunded() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 500, 10);
        BillPayload b = sold(shop, new Line(tea, 2, 1_000, 500));
        PushEntry ret = returnOf(b.id(), shop.deviceId(), shop.cashierId(), 1, null, null, item(1, 1, tea, 2, true, 2_000, 100));
        assertThat(push(shop.cashier(), shop.deviceId(), ret).outcome()).isEqualTo(Outcome.APPLIED); // 21.00 back

        EntryResult tooMuch = push(shop.cashier(), shop.deviceId(), storeCredit(idOf(ret), shop.deviceId(), shop.cashierId(), 1, 2_101));
        assertThat(tooMuch.rejected().code()).isEqualTo(RejectCodes.CREDIT_EXCEEDS_RETURN);
        EntryResult unknown = push(shop.cashier(), shop.deviceId(), storeCredit(Ids.newId(), shop.deviceId(), shop.cashierId(), 1, 100));
        assertThat(unknown.rejected().code()).isEqualTo(RejectCodes.UNKNOWN_RETURN);
        PushEntry note = storeCredit(idOf(ret), shop.deviceId(), shop.cashierId(), 1, 1_100);
        assertThat(push(shop.cashier(), shop.deviceId(), note).outcome()).isEqualTo(Outcome.APPLIED);
        var row = server.database().dsl().selectFrom(STORE_CREDIT).where(STORE_CREDIT.ID.eq(note.entityId())).fetchOne();
        assertThat(row.getAmount()).isEqualTo(1_100);
        assertThat(row.getShopId()).isEqualTo(shop.id());
        assertThat(row.getReturnId()).isEqualTo(idOf(ret));
        assertThat(row.getLocalLabel()).isEqualTo("T1-C1");
        EntryResult again = push(shop.cashier(), shop.deviceId(), storeCredit(idOf(ret), shop.deviceId(), shop.cashierId(), 1, 100));
        assertThat(again.rejected().code()).isEqualTo(RejectCodes.LOCAL_NUMBER_TAKEN);
    }
}
