package shopdesk.dal.bill;

import static shopdesk.db.Tables.SHOP_SALE_TERMS;

import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import shopdesk.dal.db.Database;
import shopdesk.dal.money.CashRounding;

/**
 * The shop's selling terms as this side knows them now. The cashier's discount limit is one shop setting the server
 * owns (table {@code shop_sale_terms}): the server re-checks bills with its row, and a till holds the copy its last
 * online login received, so the same limit applies offline and after a restart. Until a till has received one (a
 * standalone till, or before its first online login) the configured limit applies. The coin rounding stays the
 * side's configuration: a bill carries its rounding unit and the server re-checks with it.
 */
public final class ShopSaleTerms implements Supplier<SaleRules> {
    private final Database db;
    private final String shopId;
    private final SaleRules configured;
    private volatile SaleRules rules;

    /** Reads the shop's stored limit, else {@code configured}'s. */
    public ShopSaleTerms(Database db, String shopId, SaleRules configured) {
        this.db = db;
        this.shopId = shopId;
        this.configured = configured;
        OptionalLong stored = shopId == null ? OptionalLong.empty() : limitBp(db.dsl(), shopId);
        this.rules = stored.isPresent() ? with(configured.rounding(), stored.getAsLong()) : configured;
    }

    /** The terms bills are rung up under now. */
    @Override
    public SaleRules get() {
        return rules;
    }

    /** The server's limit (from a login): stored for offline use and in effect from the next line rung up. */
    public void received(long cashierDiscountLimitBp, long now) {
        if (shopId == null) return;
        SaleRules next = with(configured.rounding(), cashierDiscountLimitBp);
        db.inTransaction(tx -> {
            store(tx, shopId, next.cashierDiscountLimitBp(), now);
            return null;
        });
        rules = next;
    }

    /** A shop's own limit in basis points; empty when it has none (the side's configured default applies). */
    public static OptionalLong limitBp(DSLContext tx, String shopId) {
        Integer bp = tx.select(SHOP_SALE_TERMS.CASHIER_DISCOUNT_LIMIT_BP).from(SHOP_SALE_TERMS)
                .where(SHOP_SALE_TERMS.SHOP_ID.eq(shopId)).fetchOne(SHOP_SALE_TERMS.CASHIER_DISCOUNT_LIMIT_BP);
        return bp == null ? OptionalLong.empty() : OptionalLong.of(bp);
    }

    /** The rules for a shop: its own limit over {@code defaults}' (the server's check of a pushed bill). */
    public static SaleRules forShop(DSLContext tx, String shopId, SaleRules defaults) {
        OptionalLong bp = limitBp(tx, shopId);
        return bp.isPresent() ? with(defaults.rounding(), bp.getAsLong()) : defaults;
    }

    /** Sets a shop's limit (the server's admin command, a till keeping what it received). */
    public static void store(DSLContext tx, String shopId, long cashierDiscountLimitBp, long now) {
        if (cashierDiscountLimitBp < 0 || cashierDiscountLimitBp > 10_000) {
            throw new IllegalArgumentException("A discount limit is 0% to 100%, not " + cashierDiscountLimitBp + " bp");
        }
        int bp = (int) cashierDiscountLimitBp;
        int n = tx.update(SHOP_SALE_TERMS).set(SHOP_SALE_TERMS.CASHIER_DISCOUNT_LIMIT_BP, bp)
                .set(SHOP_SALE_TERMS.UPDATED_AT, now).where(SHOP_SALE_TERMS.SHOP_ID.eq(shopId)).execute();
        if (n == 0) {
            tx.insertInto(SHOP_SALE_TERMS).set(SHOP_SALE_TERMS.SHOP_ID, shopId)
                    .set(SHOP_SALE_TERMS.CASHIER_DISCOUNT_LIMIT_BP, bp).set(SHOP_SALE_TERMS.UPDATED_AT, now).execute();
        }
    }

    private static SaleRules with(CashRounding rounding, long limitBp) {
        return new SaleRules(rounding, limitBp);
    }
}
