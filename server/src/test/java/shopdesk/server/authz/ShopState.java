package shopdesk.server.authz;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CHANGE_FEED;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.PUSH_RESULT;
import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What a refused entry must leave as it was: a shop's rows, stock and versions, compared before and after. */
record ShopState(int bills, int voided, int feed, int results, int movements, int products, long stock, long productVersions) {

    static ShopState of(DSLContext dsl, String shopId) {
        return new ShopState(dsl.fetchCount(BILL, BILL.SHOP_ID.eq(shopId)),
                dsl.fetchCount(BILL, BILL.SHOP_ID.eq(shopId), BILL.VOIDED_BY.isNotNull()),
                dsl.fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shopId)),
                dsl.fetchCount(PUSH_RESULT, PUSH_RESULT.SHOP_ID.eq(shopId)),
                dsl.fetchCount(STOCK_MOVEMENT, STOCK_MOVEMENT.SHOP_ID.eq(shopId)),
                dsl.fetchCount(PRODUCT, PRODUCT.SHOP_ID.eq(shopId), PRODUCT.DELETED_AT.isNull()),
                sum(dsl, STOCK.QUANTITY, STOCK.SHOP_ID.eq(shopId), STOCK),
                sum(dsl, PRODUCT.VERSION, PRODUCT.SHOP_ID.eq(shopId), PRODUCT));
    }

    private static long sum(DSLContext dsl, org.jooq.Field<Long> f, org.jooq.Condition c, org.jooq.Table<?> t) {
        Number n = dsl.select(DSL.coalesce(DSL.sum(f), DSL.inline(java.math.BigDecimal.ZERO))).from(t).where(c).fetchOne(0, Number.class);
        return n.longValue();
    }
}
