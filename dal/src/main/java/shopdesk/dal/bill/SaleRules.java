package shopdesk.dal.bill;

import shopdesk.dal.config.Config;
import shopdesk.dal.money.CashRounding;

/**
 * The shop's selling terms: the coin bills are rounded to and how far a cashier may cut a price without a
 * supervisor. Read from config ({@code sale.rounding-unit}, {@code sale.cashier-discount-limit-percent}, docs/CONFIG.md)
 * on both the till and the server; the discount limit there is only the default: the shop's own is the server's
 * ({@link ShopSaleTerms}), which a till receives at login.
 */
public record SaleRules(CashRounding rounding, long cashierDiscountLimitBp) {
    public static final SaleRules DEFAULT = new SaleRules(CashRounding.NONE, 1_000);

    public static SaleRules from(Config config) {
        long unit = config.getLong("sale.rounding-unit", 1, 1, CashRounding.MAX_UNIT);
        long percent = config.getLong("sale.cashier-discount-limit-percent", 10, 0, 100);
        return new SaleRules(new CashRounding(unit), percent * 100);
    }

    /** Whether a cut of {@code reductionBp} (see {@link DiscountLimit}) needs a supervisor when a cashier sells. */
    public boolean needsApproval(long reductionBp) {
        return reductionBp > cashierDiscountLimitBp;
    }
}
