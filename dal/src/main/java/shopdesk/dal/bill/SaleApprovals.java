package shopdesk.dal.bill;

import static shopdesk.db.Tables.APP_USER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InsufficientStockException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.money.Money;
import shopdesk.dal.user.Role;

/**
 * What a sale needs a supervisor for: selling beyond stock, a price cut above the cashier's limit and another till's
 * store-credit note taken unchecked.
 */
final class SaleApprovals {
    private SaleApprovals() {
    }

    /** Returns the approving supervisor's id when the sale goes beyond stock with an override, else null. */
    static String stock(DSLContext tx, Actor actor, List<BillItem> items, Map<String, SellableLines.Sellable> products,
                              String overrideUserId) {
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (BillItem i : items) wanted.merge(i.productId(), i.quantity(), Long::sum);
        List<InsufficientStockException.Shortfall> shortfalls = new ArrayList<>();
        for (var e : wanted.entrySet()) {
            long available = products.get(e.getKey()).onHand();
            if (e.getValue() > available) {
                BillItem any = items.stream().filter(i -> i.productId().equals(e.getKey())).findFirst().orElseThrow();
                shortfalls.add(new InsufficientStockException.Shortfall(e.getKey(), any.sku(), any.name(), e.getValue(), available));
            }
        }
        if (shortfalls.isEmpty()) return null;
        if (overrideUserId == null) throw new InsufficientStockException(shortfalls);
        if (!isSupervisor(tx, actor.shopId(), overrideUserId)) {
            throw new PermissionDeniedException(ErrorText.STOCK_NEEDS_SUPERVISOR);
        }
        return overrideUserId;
    }

    /**
     * Returns the approving supervisor's id when a cashier cuts prices beyond the limit with an approval, null when
     * the cut is within the seller's rights.
     */
    static String discount(DSLContext tx, Actor actor, SaleRules rules, long cutBp, String approvedBy) {
        if (actor.role().atLeast(Role.SUPERVISOR) || !rules.needsApproval(cutBp)) return null;
        if (approvedBy == null || !isSupervisor(tx, actor.shopId(), approvedBy)) {
            throw new PermissionDeniedException(ErrorText.DISCOUNT_ABOVE_LIMIT, Money.rate((int) cutBp),
                    Money.rate((int) rules.cashierDiscountLimitBp()));
        }
        return approvedBy;
    }

    /**
     * Returns the supervisor who vouched for another till's store-credit note this till could not check, null when
     * the bill names none; {@code unchecked} are the bill's notes this till does not have.
     */
    static String note(DSLContext tx, Actor actor, List<String> unchecked, String approvedBy) {
        if (approvedBy == null || unchecked.isEmpty()) return null; // every note was checked: nothing to vouch for
        if (!isSupervisor(tx, actor.shopId(), approvedBy)) {
            throw new PermissionDeniedException(ErrorText.NOTE_NEEDS_SUPERVISOR, String.join(", ", unchecked));
        }
        return approvedBy;
    }

    private static boolean isSupervisor(DSLContext tx, String shopId, String userId) {
        var u = tx.selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).and(APP_USER.SHOP_ID.eq(shopId))
                .and(APP_USER.DISABLED_AT.isNull()).fetchOne();
        return u != null && RoleMatrix.allows(Role.valueOf(u.getRole()), Resolution.STOCK_OVERRIDE);
    }
}
