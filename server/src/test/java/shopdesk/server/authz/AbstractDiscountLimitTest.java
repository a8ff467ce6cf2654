package shopdesk.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_TAX;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillTerms;
import shopdesk.dal.common.Ids;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.TokenResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/**
 * The server re-checks a bill's discounts over real HTTP: its totals, the cashier's limit (10% by default) and the
 * supervisor's signed approval of a deeper cut, the same proof a stock override carries.
 */
public abstract class AbstractDiscountLimitTest extends ServerTestBase {

    private EntryResult push(TokenResponse login, Shop shop, PushEntry e) {
        return api.pushOk(login.accessToken(), shop.deviceId(), e).results().get(0);
    }

    /** One line of 100.00 at 5% with a percent discount, totals by the shared calculator. */
    private static BillPayload discounted(Shop shop, String product, long percentBp, Long listPrice, String reason,
                                          String approvedBy) {
        return discounted(shop, product, percentBp, listPrice, reason, approvedBy, 1);
    }

    private static BillPayload discounted(Shop shop, String product, long percentBp, Long listPrice, String reason,
                                          String approvedBy, long localNumber) {
        List<BillPayload.Item> items = new ArrayList<>();
        items.add(new BillPayload.Item(1, product, "TEA", "Tea", 1, 10_000, 500, false, false, listPrice, reason,
                new BillPayload.Discount("PERCENT", percentBp)));
        BillPayload draft = new BillPayload(Ids.newId(), shop.deviceId(), shop.cashierId(), null, localNumber, "T1-" + localNumber,
                System.currentTimeMillis(), 0, 0, 0, items, List.of(), null, null, BillStatus.COMPLETED, null, null, 0, approvedBy,
                0, 5, null);
        BillCalculator.Totals t = BillTerms.totals(draft);
        return new BillPayload(draft.id(), draft.deviceId(), draft.userId(), null, localNumber, draft.localLabel(),
                draft.clientCreatedAt(), t.subtotal(), t.tax(), t.total(), items,
                List.of(new BillPayload.Payment(1, "CASH", t.total(), t.total(), null)), null, null, BillStatus.COMPLETED, null, null,
                t.discount(), approvedBy, t.rounding(), 5, BillTerms.taxes(t));
    }

    private void assertRejected(Shop shop, PushEntry e, String code) {
        EntryResult r = push(shop.cashier(), shop, e);
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).as(r.rejected().message()).isEqualTo(code);
        assertThat(server.database().dsl().fetchCount(BILL, BILL.SHOP_ID.eq(shop.id()))).isZero();
    }

    @Test
    void aDiscountWithinTheCashiersLimitIsAppliedWithItsTaxTable() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 10_000, 500, 10);
        BillPayload b = discounted(shop, p, 1_000, null, null, null);
        assertThat(push(shop.cashier(), shop, Entries.createBill(b)).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(server.database().dsl().select(BILL.DISCOUNT_TOTAL, BILL.TOTAL).from(BILL).where(BILL.ID.eq(b.id()))
                .fetchOne().intoArray()).containsExactly(1_000L, 9_450L);
        assertThat(server.database().dsl().fetchCount(BILL_TAX, BILL_TAX.BILL_ID.eq(b.id()))).isEqualTo(1);
    }

    @Test
    void aCutBeyondTheLimitWithoutApprovalIsRefusedWithAStableCode() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 10_000, 500, 10);
        assertRejected(shop, Entries.createBill(discounted(shop, p, 2_000, null, null, null)), RejectCodes.DISCOUNT_NOT_APPROVED);
    }

    @Test
    void namingASupervisorWithoutTheirSignedApprovalIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 10_000, 500, 10);
        assertRejected(shop, Entries.createBill(discounted(shop, p, 2_000, null, null, shop.supervisorId())),
                RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aCutApprovedAtTheTillBySupervisorGoesThroughUnderTheCashiersLogin() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 10_000, 500, 10);
        BillPayload b = discounted(shop, p, 2_000, null, null, shop.supervisorId());
        EntryResult r = push(shop.cashier(), shop, Approvals.signed(Entries.createBill(b), shop.supervisor()));
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.APPLIED);
        assertThat(server.database().dsl().select(BILL.DISCOUNT_APPROVED_BY).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(0))
                .isEqualTo(shop.supervisorId());
    }

    @Test
    void wrongDiscountTotalsAndAnOverrideWithoutAReasonAreRefused() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 10_000, 500, 10);
        BillPayload b = discounted(shop, p, 500, null, null, null);
        BillPayload lied = new BillPayload(b.id(), b.deviceId(), b.userId(), null, 1, b.localLabel(), b.clientCreatedAt(),
                b.subtotal(), b.taxTotal(), b.total(), b.items(), b.payments(), null, null, BillStatus.COMPLETED, null, null,
                b.discountTotal() + 1, null, b.rounding(), 5, b.taxes());
        assertRejected(shop, Entries.createBill(lied), RejectCodes.TOTAL_MISMATCH);
        assertRejected(shop, Entries.createBill(discounted(shop, p, 0, 12_000L, " ", null)), RejectCodes.DISCOUNT_NOT_APPROVED);
    }

    @Test
    void theShopsOwnLimitIsWhatTheServerReChecksAndWhatALoginTellsTheTill() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 10_000, 500, 10);
        assertThat(shop.cashier().saleTerms().cashierDiscountLimitBp()).as("the configured default").isEqualTo(1_000);

        admin.setDiscountLimit(shop.id(), 25);
        TokenResponse again = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());
        assertThat(again.saleTerms().cashierDiscountLimitBp()).isEqualTo(2_500);
        // 20% is now within the cashier's own limit; 30% still is not
        assertThat(push(again, shop, Entries.createBill(discounted(shop, p, 2_000, null, null, null))).outcome())
                .isEqualTo(Outcome.APPLIED);
        EntryResult beyond = push(again, shop, Entries.createBill(discounted(shop, p, 3_000, null, null, null, 2)));
        assertThat(beyond.rejected().code()).isEqualTo(RejectCodes.DISCOUNT_NOT_APPROVED);
        assertThat(beyond.rejected().message()).contains(shopdesk.dal.money.Money.rate(2_500));

        admin.setDiscountLimit(shop.id(), 0);
        assertThat(push(again, shop, Entries.createBill(discounted(shop, p, 100, null, null, null, 3))).rejected().code())
                .as("a limit of 0%: every cut needs a supervisor").isEqualTo(RejectCodes.DISCOUNT_NOT_APPROVED);
        Shop other = newShop();
        assertThat(other.cashier().saleTerms().cashierDiscountLimitBp()).as("another shop keeps the default").isEqualTo(1_000);
    }
}
