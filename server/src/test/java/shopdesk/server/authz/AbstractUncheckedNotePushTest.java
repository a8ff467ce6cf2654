package shopdesk.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CHANGE_FEED;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.TokenResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.returns.AbstractReturnPushTest;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/**
 * Issue 23 over real HTTP: a bill paid with another till's paper note a supervisor vouched for ({@code noteApprovedBy},
 * signed) waits like any bill whose note the server lacks and is applied once the issuing till has sent the note; a
 * forged or a cashier's own "approval" is refused like a forged discount approval (FORBIDDEN_ACTOR).
 */
public abstract class AbstractUncheckedNotePushTest extends ServerTestBase {
    private static long next = 300;

    private EntryResult push(TokenResponse login, String device, PushEntry e) {
        return api.pushOk(login.accessToken(), device, e).results().get(0);
    }

    /** One tea (10.00, no tax): 6.00 with the note, the rest in cash, vouched for by {@code approver}. */
    private static BillPayload paidWith(Shop shop, String tea, String note, String approver) {
        BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), next++, null, new Line(tea, 1, 1_000, 0));
        List<BillPayload.Payment> pays = List.of(new BillPayload.Payment(1, "STORE_CREDIT", 600, 600, note),
                new BillPayload.Payment(2, "CASH", 400, 400, null));
        return new BillPayload(b.id(), b.deviceId(), b.userId(), null, b.localNumber(), b.localLabel(), b.clientCreatedAt(),
                b.subtotal(), b.taxTotal(), b.total(), b.items(), pays, null, null, BillStatus.COMPLETED)
                .withNoteApprovedBy(approver);
    }

    @Test
    void aVouchedNoteWaitsForItsTillAndIsThenAppliedWithTheApprover() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 0, 10);
        String till2 = admin.createDevice(shop.id(), "T2", "Till 2");
        TokenResponse login2 = api.loginOk(shop.cashierName(), PASSWORD, till2);
        // till 1 takes till 2's paper note T2-C000001 while till 2 is offline: the supervisor vouched for it
        PushEntry bill = Approvals.signed(Entries.createBill(paidWith(shop, tea, "T2-C000001", shop.supervisorId())),
                shop.supervisor());
        EntryResult early = push(shop.cashier(), shop.deviceId(), bill);
        assertThat(early.outcome()).as(String.valueOf(early)).isEqualTo(Outcome.REJECTED);
        assertThat(early.rejected().code()).isEqualTo(RejectCodes.STORE_CREDIT_NOT_YET_KNOWN);

        BillPayload sold = Entries.bill(till2, shop.cashierId(), next++, null, new Line(tea, 1, 1_000, 0));
        assertThat(push(login2, till2, Entries.createBill(sold)).outcome()).isEqualTo(Outcome.APPLIED);
        PushEntry ret = AbstractReturnPushTest.returnOf(sold.id(), till2, shop.cashierId(), 1, null, null,
                AbstractReturnPushTest.item(1, 1, tea, 1, true, 1_000, 0));
        assertThat(push(login2, till2, ret).outcome()).isEqualTo(Outcome.APPLIED);
        PushEntry note = AbstractReturnPushTest.storeCredit(ret.entityId(), till2, shop.cashierId(), 1, 1_000, "T2-C000001");
        assertThat(push(login2, till2, note).outcome()).isEqualTo(Outcome.APPLIED);

        EntryResult later = push(shop.cashier(), shop.deviceId(), bill);
        assertThat(later.outcome()).as(String.valueOf(later)).isEqualTo(Outcome.APPLIED);
        String published = server.database().dsl().select(CHANGE_FEED.PAYLOAD).from(CHANGE_FEED)
                .where(CHANGE_FEED.ENTITY_ID.eq(bill.entityId())).fetchOne(CHANGE_FEED.PAYLOAD);
        assertThat(published).as("the bill's record names who vouched for the note")
                .contains("\"noteApprovedBy\":\"" + shop.supervisorId() + "\"");
    }

    @Test
    void aNoteApproverWithoutThatSupervisorsSignatureIsRefusedAsForged() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 0, 10);
        admin.createDevice(shop.id(), "T2", "Till 2");
        assertRefused(shop, Entries.createBill(paidWith(shop, tea, "T2-C000001", shop.supervisorId())));
    }

    @Test
    void aCashiersOwnApprovalOfANoteIsRefused() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 0, 10);
        admin.createDevice(shop.id(), "T2", "Till 2");
        assertRefused(shop, Entries.createBill(paidWith(shop, tea, "T2-C000001", shop.cashierId())));
    }

    @Test
    void aSignatureOverAnotherAmountIsRefused() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 0, 10);
        admin.createDevice(shop.id(), "T2", "Till 2");
        PushEntry signed = Approvals.signed(Entries.createBill(paidWith(shop, tea, "T2-C000001", shop.supervisorId())),
                shop.supervisor());
        var payload = signed.payload().deepCopy();
        payload.getAsJsonArray("payments").get(0).getAsJsonObject().addProperty("amount", 1_000);
        payload.getAsJsonArray("payments").remove(1);
        assertRefused(shop, Approvals.withPayload(signed, payload));
    }

    private void assertRefused(Shop shop, PushEntry e) {
        EntryResult r = push(shop.cashier(), shop.deviceId(), e);
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).as(r.rejected().message()).isEqualTo(RejectCodes.FORBIDDEN_ACTOR);
        assertThat(server.database().dsl().fetchCount(BILL, BILL.SHOP_ID.eq(shop.id()))).isZero();
    }
}
