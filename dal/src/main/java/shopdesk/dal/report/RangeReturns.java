package shopdesk.dal.report;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.SALE_RETURN_ITEM;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;
import shopdesk.dal.returns.ReturnStatus;

/**
 * The completed returns of a report's range, read once: a return is a sale undone on the day it is made, so every
 * section takes its refund off where the sale would have been added (its day, hour, cashier, refund method, and its
 * lines' products and tax rates). Walks {@code ix_sale_return_created} (shop, client_created_at). A line's tax rate
 * is the original bill line's; a return without the bill used the product's current rate, so that one is taken.
 */
record RangeReturns(List<Refund> refunds, List<ItemBack> items) {
    static final RangeReturns NONE = new RangeReturns(List.of(), List.of());

    /** One return: when, who took it, how the money went back, how much. */
    record Refund(long createdAt, String userId, String userName, String method, long total, String localLabel,
                  String reason) {
        ZonedDateTime at(ReportRange r) {
            return ZonedDateTime.ofInstant(Instant.ofEpochMilli(createdAt), r.zone());
        }
    }

    /** A product's returned lines at one tax rate, summed over the range. */
    record ItemBack(String productId, int rateBp, String sku, String name, long quantity, long subtotal, long tax,
                    long total) {
    }

    static RangeReturns load(Database db, ReportRange r) {
        Condition range = SALE_RETURN.SHOP_ID.eq(r.shopId()).and(SALE_RETURN.CLIENT_CREATED_AT.ge(r.startMillis()))
                .and(SALE_RETURN.CLIENT_CREATED_AT.lt(r.endMillis()))
                .and(SALE_RETURN.STATUS.eq(ReturnStatus.COMPLETED.name()));
        List<Refund> refunds = db.dsl().select(SALE_RETURN.CLIENT_CREATED_AT, SALE_RETURN.USER_ID, APP_USER.DISPLAY_NAME,
                        SALE_RETURN.REFUND_METHOD, SALE_RETURN.TOTAL, SALE_RETURN.LOCAL_LABEL, SALE_RETURN.REASON)
                .from(SALE_RETURN).leftJoin(APP_USER).on(APP_USER.ID.eq(SALE_RETURN.USER_ID)).where(range)
                .orderBy(SALE_RETURN.CLIENT_CREATED_AT, SALE_RETURN.LOCAL_LABEL)
                .fetch(x -> new Refund(x.value1(), x.value2(), x.value3() == null ? x.value2() : x.value3(), x.value4(),
                        x.value5(), x.value6(), x.value7()));
        if (refunds.isEmpty()) return NONE;
        var rate = DSL.coalesce(BILL_ITEM.TAX_RATE_BP, PRODUCT.TAX_RATE_BP, DSL.inline(0));
        List<ItemBack> items = db.dsl().select(SALE_RETURN_ITEM.PRODUCT_ID, rate, DSL.max(SALE_RETURN_ITEM.SKU),
                        DSL.max(SALE_RETURN_ITEM.NAME), DSL.sum(SALE_RETURN_ITEM.QUANTITY), DSL.sum(SALE_RETURN_ITEM.LINE_SUBTOTAL),
                        DSL.sum(SALE_RETURN_ITEM.LINE_TAX), DSL.sum(SALE_RETURN_ITEM.LINE_TOTAL))
                .from(SALE_RETURN).join(SALE_RETURN_ITEM).on(SALE_RETURN_ITEM.RETURN_ID.eq(SALE_RETURN.ID))
                .leftJoin(BILL_ITEM).on(BILL_ITEM.BILL_ID.eq(SALE_RETURN.ORIGINAL_BILL_ID)
                        .and(BILL_ITEM.LINE_NO.eq(SALE_RETURN_ITEM.ORIGINAL_LINE_NO)))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SALE_RETURN_ITEM.PRODUCT_ID))
                .where(range).groupBy(SALE_RETURN_ITEM.PRODUCT_ID, rate)
                .fetch(x -> new ItemBack(x.value1(), x.value2(), x.value3(), x.value4(), minor(x.value5()),
                        minor(x.value6()), minor(x.value7()), minor(x.value8())));
        return new RangeReturns(refunds, items);
    }

    long refunded() {
        long sum = 0;
        for (Refund f : refunds) sum = Math.addExact(sum, f.total());
        return sum;
    }

    /** The rows of the report's Returns table. */
    List<ReportRows.Return> rows() {
        return refunds.stream().map(f -> new ReportRows.Return(f.localLabel(), f.createdAt(), f.total(), f.reason())).toList();
    }

    private static long minor(Number n) {
        return n == null ? 0 : n.longValue();
    }
}
