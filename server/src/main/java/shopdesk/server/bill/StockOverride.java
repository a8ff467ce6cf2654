package shopdesk.server.bill;

import org.jooq.DSLContext;
import shopdesk.dal.user.Role;
import shopdesk.server.push.EntryContext;

/**
 * Whether a bill may take stock below zero. Both must hold: the bill's {@code overrideUserId} names an enabled
 * SUPERVISOR or ADMIN of the caller's shop (who approved it at the till), and the login pushing the entry is a
 * SUPERVISOR or ADMIN too (the role re-read on this request). The second rule is what "only supervisors may
 * push overrides" means: a cashier's login cannot put a supervisor's name on a bill and have the server honour
 * it; such a bill stays a STOCK conflict until a supervisor pushes it (or it is resolved otherwise).
 */
record StockOverride(boolean honoured, String refusal) {

    static StockOverride decide(DSLContext tx, EntryContext ctx, String overrideUserId) {
        if (overrideUserId == null || overrideUserId.isBlank()) return new StockOverride(false, null);
        Role approver = ShopMembers.roleOf(tx, ctx.shopId(), overrideUserId);
        if (approver == null || !approver.atLeast(Role.SUPERVISOR)) {
            return new StockOverride(false, "the override names " + overrideUserId
                    + ", who is not an enabled supervisor of this shop");
        }
        if (!ctx.caller().role().atLeast(Role.SUPERVISOR)) {
            return new StockOverride(false, "only a supervisor's login may push a stock override (pushed by "
                    + ctx.caller().username() + ", a " + ctx.caller().role().name().toLowerCase() + ")");
        }
        return new StockOverride(true, null);
    }
}
