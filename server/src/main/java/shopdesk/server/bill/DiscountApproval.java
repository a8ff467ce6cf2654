package shopdesk.server.bill;

import org.jooq.DSLContext;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillTerms;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.money.Money;
import shopdesk.dal.user.Role;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * The cashier's discount limit, re-checked by the server: a bill whose deepest price cut is above
 * the shop's {@link SaleRules#cashierDiscountLimitBp()} (its own row in shop_sale_terms, the one the tills receive at
 * login, else the server's configured default) must be sold by a supervisor or name an enabled supervisor of the shop
 * in {@code discountApprovedBy}. That the named supervisor really approved is the {@code EntryAuthorizer}'s check
 * (their signed approval travels in the payload, as for a stock override), done before this runs.
 */
final class DiscountApproval {
    private DiscountApproval() {
    }

    /** @param defaults the server's configured terms, for a shop without its own limit ({@link ShopSaleTerms}) */
    static void check(DSLContext tx, EntryContext ctx, BillPayload b, BillCalculator.Totals t, SaleRules defaults) {
        long cut = BillTerms.deepestCutBp(b, t);
        if (cut <= 0) return; // no cut is within every limit: the shop's row is read only for a discounted bill
        SaleRules rules = ShopSaleTerms.forShop(tx, ctx.shopId(), defaults);
        if (!rules.needsApproval(cut)) return;
        Role seller = ShopMembers.roleOf(tx, ctx.shopId(), b.userId());
        if (seller != null && seller.atLeast(Role.SUPERVISOR)) return;
        String what = "A price cut of " + Money.rate((int) cut) + " is above the cashier's limit of "
                + Money.rate((int) rules.cashierDiscountLimitBp());
        String approver = b.discountApprovedBy();
        if (approver == null || approver.isBlank()) {
            throw EntryRefused.rejected(RejectCodes.DISCOUNT_NOT_APPROVED, what + " and no supervisor approved it");
        }
        Role role = ShopMembers.roleOf(tx, ctx.shopId(), approver);
        if (role == null || !role.atLeast(Role.SUPERVISOR)) {
            throw EntryRefused.rejected(RejectCodes.DISCOUNT_NOT_APPROVED, what + "; it names " + approver
                    + ", who is not an enabled supervisor of this shop");
        }
    }
}
