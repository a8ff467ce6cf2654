package shopdesk.server.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.StoreCreditBalance;
import shopdesk.protocol.TokenResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/** CREATE_BILL paid with a store-credit note over real HTTP: what is left is checked across all tills. */
public abstract class AbstractNoteSpendingPushTest extends ServerTestBase {
    private static long next = 100;

    private EntryResult push(TokenResponse login, String device, PushEntry e) {
        return api.pushOk(login.accessToken(), device, e).results().get(0);
    }

    /** One tea (10.00, no tax), {@code credit} of it paid with the note, the rest in cash. */
    private static BillPayload paidWith(String device, String user, String tea, String note, long credit, String override) {
        BillPayload b = Entries.bill(device, user, next++, override, new Line(tea, 1, 1_000, 0));
        List<BillPayload.Payment> pays = credit == 1_000 ? List.of(new BillPayload.Payment(1, "STORE_CREDIT", credit, credit, note))
                : List.of(new BillPayload.Payment(1, "STORE_CREDIT", credit, credit, note),
                new BillPayload.Payment(2, "CASH", 1_000 - credit, 1_000 - credit, null));
        return new BillPayload(b.id(), b.deviceId(), b.userId(), null, b.localNumber(), b.localLabel(), b.clientCreatedAt(),
                b.subtotal(), b.taxTotal(), b.total(), b.items(), pays, override, null, BillStatus.COMPLETED);
    }

    /** A shop whose till 1 sold and took back two teas and wrote note T1-C1 for 15.00. */
    private Shop withNote(String sku) {
        Shop shop = newShop();
        String tea = product(shop, sku, 1_000, 0, 10);
        BillPayload sold = Entries.bill(shop.deviceId(), shop.cashierId(), next++, null, new Line(tea, 2, 1_000, 0));
        assertThat(push(shop.cashier(), shop.deviceId(), Entries.createBill(sold)).outcome()).isEqualTo(Outcome.APPLIED);
        PushEntry ret = AbstractReturnPushTest.returnOf(sold.id(), shop.deviceId(), shop.cashierId(), 1, null, null,
                AbstractReturnPushTest.item(1, 1, tea, 2, true, 2_000, 0));
        assertThat(push(shop.cashier(), shop.deviceId(), ret).outcome()).isEqualTo(Outcome.APPLIED);
        PushEntry note = AbstractReturnPushTest.storeCredit(ret.entityId(), shop.deviceId(), shop.cashierId(), 1, 1_500);
        assertThat(push(shop.cashier(), shop.deviceId(), note).outcome()).isEqualTo(Outcome.APPLIED);
        this.tea = tea;
        return shop;
    }

    private String tea;

    @Test
    void twoOfflineTillsSpendingOneNoteGetTheSecondBillRefused() {
        Shop shop = withNote("TEA");
        String till2 = admin.createDevice(shop.id(), "T2", "Till 2");
        TokenResponse login2 = api.loginOk(shop.cashierName(), PASSWORD, till2);
        EntryResult first = push(shop.cashier(), shop.deviceId(),
                Entries.createBill(paidWith(shop.deviceId(), shop.cashierId(), tea, "T1-C1", 1_000, null)));
        assertThat(first.outcome()).as(String.valueOf(first)).isEqualTo(Outcome.APPLIED);
        EntryResult second = push(login2, till2, Entries.createBill(paidWith(till2, shop.cashierId(), tea, "t1-c1", 1_000, null)));
        assertThat(second.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(second.rejected().code()).isEqualTo(RejectCodes.STORE_CREDIT_EXCEEDED);
        assertThat(second.rejected().message()).contains("only 500 left");
        StoreCreditBalance seen = api.get("/api/v1/sync/store-credit?number=t1-c1", login2.accessToken()).as(StoreCreditBalance.class);
        assertThat(seen.left()).isEqualTo(500); // what till 2 is told before taking the note
        EntryResult rest = push(login2, till2, Entries.createBill(paidWith(till2, shop.cashierId(), tea, "T1-C1", 500, null)));
        assertThat(rest.outcome()).as(String.valueOf(rest)).isEqualTo(Outcome.APPLIED);
        // a supervisor's override accepts a bill beyond the note knowingly (the refused bill's "override" choice)
        EntryResult overridden = push(shop.supervisor(), shop.deviceId(), Entries.createBill(paidWith(shop.deviceId(),
                shop.cashierId(), tea, "T1-C1", 1_000, shop.supervisorId())));
        assertThat(overridden.outcome()).as(String.valueOf(overridden)).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void twoBillsOfOneBatchCannotBothSpendTheNote() {
        Shop shop = withNote("TEA2");
        var results = api.pushOk(shop.cashier().accessToken(), shop.deviceId(),
                Entries.createBill(paidWith(shop.deviceId(), shop.cashierId(), tea, "T1-C1", 1_000, null)),
                Entries.createBill(paidWith(shop.deviceId(), shop.cashierId(), tea, "T1-C1", 1_000, null))).results();
        assertThat(results.get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(results.get(1).rejected().code()).isEqualTo(RejectCodes.STORE_CREDIT_EXCEEDED);
    }

    @Test
    void aNoteTheServerDoesNotHaveIsRefused() {
        Shop shop = withNote("TEA3");
        EntryResult r = push(shop.cashier(), shop.deviceId(),
                Entries.createBill(paidWith(shop.deviceId(), shop.cashierId(), tea, "T9-C7", 1_000, null)));
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.UNKNOWN_STORE_CREDIT);
        assertThat(api.get("/api/v1/sync/store-credit?number=T9-C7", shop.cashier().accessToken()).status()).isEqualTo(404);
    }

    @Test
    void aNoteAnotherTillHasNotSentYetIsToWaitAndTheSameEntryIsAppliedOnceItArrives() {
        Shop shop = withNote("TEA4");
        String till2 = admin.createDevice(shop.id(), "T2", "Till 2");
        TokenResponse login2 = api.loginOk(shop.cashierName(), PASSWORD, till2);
        // till 1 takes till 2's note T2-C000001, written while till 2 was offline
        PushEntry bill = Entries.createBill(paidWith(shop.deviceId(), shop.cashierId(), tea, "t2-c000001", 600, null));
        EntryResult early = push(shop.cashier(), shop.deviceId(), bill);
        assertThat(early.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(early.rejected().code()).isEqualTo(RejectCodes.STORE_CREDIT_NOT_YET_KNOWN);
        assertThat(early.rejected().message()).contains("T2-C000001", "till T2");
        assertThat(push(shop.cashier(), shop.deviceId(), bill).rejected().code()).as("asked again: still waiting, nothing kept")
                .isEqualTo(RejectCodes.STORE_CREDIT_NOT_YET_KNOWN);

        // till 2 comes online: its sale, the exchange's return and the note reach the server
        BillPayload sold = Entries.bill(till2, shop.cashierId(), next++, null, new Line(tea, 1, 1_000, 0));
        assertThat(push(login2, till2, Entries.createBill(sold)).outcome()).isEqualTo(Outcome.APPLIED);
        PushEntry ret = AbstractReturnPushTest.returnOf(sold.id(), till2, shop.cashierId(), 1, null, null,
                AbstractReturnPushTest.item(1, 1, tea, 1, true, 1_000, 0));
        assertThat(push(login2, till2, ret).outcome()).isEqualTo(Outcome.APPLIED);
        PushEntry note = AbstractReturnPushTest.storeCredit(ret.entityId(), till2, shop.cashierId(), 1, 1_000, "T2-C000001");
        assertThat(push(login2, till2, note).outcome()).isEqualTo(Outcome.APPLIED);

        EntryResult later = push(shop.cashier(), shop.deviceId(), bill); // the same request id, sent again
        assertThat(later.outcome()).as(String.valueOf(later)).isEqualTo(Outcome.APPLIED);
        assertThat(api.get("/api/v1/sync/store-credit?number=T2-C000001", shop.cashier().accessToken())
                .as(StoreCreditBalance.class).left()).isEqualTo(400);
    }

    @Test
    void aNoteNumberOfTheSendingTillItselfOrOfNoTillIsUnknownForGood() {
        Shop shop = withNote("TEA5");
        admin.createDevice(shop.id(), "T2", "Till 2"); // T2 exists, but T2-X... is no note number
        for (String number : List.of("T1-C000099", "T7-C000001", "T2-X000001", "T2-C")) {
            EntryResult r = push(shop.cashier(), shop.deviceId(),
                    Entries.createBill(paidWith(shop.deviceId(), shop.cashierId(), tea, number, 500, null)));
            assertThat(r.rejected().code()).as(number).isEqualTo(RejectCodes.UNKNOWN_STORE_CREDIT);
        }
    }
}
