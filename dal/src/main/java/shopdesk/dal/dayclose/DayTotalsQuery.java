package shopdesk.dal.dayclose;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.CASH_MOVEMENT;
import static shopdesk.db.Tables.PAYMENT;
import static shopdesk.db.Tables.SALE_RETURN;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.drawer.CashKind;
import shopdesk.dal.drawer.LastClose;
import shopdesk.dal.returns.ReturnStatus;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DayTotals.BillRange;
import shopdesk.protocol.payload.DayTotals.MethodTotal;
import shopdesk.protocol.payload.DayTotals.TaxTotal;

/**
 * The totals of a till's open business day: its bills, drawer documents and returns with a local number after the
 * last Z's. Each range walks a unique (device, local number) index, so an X or Z report costs the day's rows, not
 * the till's history. Sums are added up with checked arithmetic in Java where they combine. {@code userId} non-null
 * narrows everything to one cashier's documents (a shift's X report when each cashier has their own float).
 */
final class DayTotalsQuery {
    private DayTotalsQuery() {
    }

    static DayTotals compute(DSLContext dsl, String shopId, String deviceId, LastClose last) {
        return compute(dsl, shopId, deviceId, last, null);
    }

    static DayTotals compute(DSLContext dsl, String shopId, String deviceId, LastClose last, String userId) {
        Condition day = BILL.SHOP_ID.eq(shopId).and(BILL.DEVICE_ID.eq(deviceId)).and(BILL.LOCAL_NUMBER.gt(last.lastBillNumber()));
        Condition mine = userId == null ? day : day.and(BILL.USER_ID.eq(userId));
        Condition sold = mine.and(BILL.STATUS.eq(BillStatus.COMPLETED.code()));
        var sales = dsl.select(DSL.count(), DSL.sum(BILL.SUBTOTAL), DSL.sum(BILL.TAX_TOTAL), DSL.sum(BILL.TOTAL),
                        DSL.count().filterWhere(BILL.DISCOUNT_TOTAL.gt(0L)), DSL.sum(BILL.DISCOUNT_TOTAL))
                .from(BILL).where(sold).fetchOne();
        var voids = dsl.select(DSL.count(), DSL.sum(BILL.TOTAL)).from(BILL)
                .where(mine.and(BILL.STATUS.eq(BillStatus.VOIDED.code()))).fetchOne();
        List<MethodTotal> byMethod = dsl.select(PAYMENT.METHOD, DSL.count(), DSL.sum(PAYMENT.AMOUNT))
                .from(BILL).join(PAYMENT).on(PAYMENT.BILL_ID.eq(BILL.ID)).where(sold)
                .groupBy(PAYMENT.METHOD).orderBy(PAYMENT.METHOD)
                .fetch(r -> new MethodTotal(r.value1(), r.value2(), minor(r.value3())));
        List<TaxTotal> byTax = dsl.select(BILL_ITEM.TAX_RATE_BP, DSL.sum(BILL_ITEM.LINE_SUBTOTAL), DSL.sum(BILL_ITEM.LINE_TAX),
                        DSL.sum(BILL_ITEM.LINE_TOTAL))
                .from(BILL).join(BILL_ITEM).on(BILL_ITEM.BILL_ID.eq(BILL.ID)).where(sold)
                .groupBy(BILL_ITEM.TAX_RATE_BP).orderBy(BILL_ITEM.TAX_RATE_BP)
                .fetch(r -> new TaxTotal(r.value1(), minor(r.value2()), minor(r.value3()), minor(r.value4())));
        long cashSales = byMethod.stream().filter(m -> m.method().equals(PaymentMethod.CASH.name()))
                .mapToLong(MethodTotal::amount).sum();

        Condition moves = CASH_MOVEMENT.DEVICE_ID.eq(deviceId).and(CASH_MOVEMENT.LOCAL_NUMBER.gt(last.lastMovementNumber()));
        long[] byKind = new long[CashKind.values().length];
        for (var r : dsl.select(CASH_MOVEMENT.KIND, DSL.sum(CASH_MOVEMENT.AMOUNT)).from(CASH_MOVEMENT)
                .where(userId == null ? moves : moves.and(CASH_MOVEMENT.USER_ID.eq(userId))).groupBy(CASH_MOVEMENT.KIND).fetch()) {
            byKind[CashKind.valueOf(r.value1()).ordinal()] = minor(r.value2());
        }
        // the day's boundaries are the till's, whoever the report is for
        Long maxMove = dsl.select(DSL.max(CASH_MOVEMENT.LOCAL_NUMBER)).from(CASH_MOVEMENT).where(moves).fetchOne(0, Long.class);
        long lastMovement = maxMove == null ? last.lastMovementNumber() : maxMove;
        Returns returns = returns(dsl, deviceId, last, userId);
        long floats = byKind[CashKind.FLOAT.ordinal()];
        long in = byKind[CashKind.CASH_IN.ordinal()];
        long out = byKind[CashKind.CASH_OUT.ordinal()];
        long expected = Math.subtractExact(Math.subtractExact(Math.addExact(Math.addExact(floats, in), cashSales), out),
                returns.cash());
        return new DayTotals(sales.value1(), minor(sales.value2()), minor(sales.value3()), minor(sales.value4()),
                minor(sales.value6()), returns.count(), returns.total(), voids.value1(), minor(voids.value2()), byMethod,
                byTax, floats, in, out, cashSales, expected, billRange(dsl, day, last), lastMovement, sales.value5(),
                returns.cash(), returns.lastNumber());
    }

    /** The day's completed returns: how many, their refunds, the part refunded in cash, the till's last number. */
    private record Returns(long count, long total, long cash, long lastNumber) {
    }

    private static Returns returns(DSLContext dsl, String deviceId, LastClose last, String userId) {
        Condition day = SALE_RETURN.DEVICE_ID.eq(deviceId).and(SALE_RETURN.LOCAL_NUMBER.gt(last.lastReturnNumber()));
        Condition done = day.and(SALE_RETURN.STATUS.eq(ReturnStatus.COMPLETED.name()));
        if (userId != null) done = done.and(SALE_RETURN.USER_ID.eq(userId));
        var r = dsl.select(DSL.count(), DSL.sum(SALE_RETURN.TOTAL),
                        DSL.sum(SALE_RETURN.TOTAL).filterWhere(SALE_RETURN.REFUND_METHOD.eq(PaymentMethod.CASH.name())))
                .from(SALE_RETURN).where(done).fetchOne();
        Long max = dsl.select(DSL.max(SALE_RETURN.LOCAL_NUMBER)).from(SALE_RETURN).where(day).fetchOne(0, Long.class);
        return new Returns(r.value1(), minor(r.value2()), minor(r.value3()), max == null ? last.lastReturnNumber() : max);
    }

    private static BillRange billRange(DSLContext dsl, Condition day, LastClose last) {
        var r = dsl.select(DSL.min(BILL.LOCAL_NUMBER), DSL.max(BILL.LOCAL_NUMBER), DSL.min(BILL.SERVER_NUMBER),
                DSL.max(BILL.SERVER_NUMBER)).from(BILL).where(day).fetchOne();
        if (r.value1() == null) return new BillRange(null, null, last.lastBillNumber(), null, null, null);
        return new BillRange(r.value1(), label(dsl, day, r.value1()), r.value2(), label(dsl, day, r.value2()),
                r.value3(), r.value4());
    }

    private static String label(DSLContext dsl, Condition day, long localNumber) {
        return dsl.select(BILL.LOCAL_LABEL).from(BILL).where(day.and(BILL.LOCAL_NUMBER.eq(localNumber))).fetchOne(BILL.LOCAL_LABEL);
    }

    private static long minor(Number n) {
        return n == null ? 0 : n.longValue();
    }
}
