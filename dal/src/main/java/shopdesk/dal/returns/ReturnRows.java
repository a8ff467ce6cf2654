package shopdesk.dal.returns;

import static shopdesk.db.Tables.SALE_RETURN;
import static shopdesk.db.Tables.SALE_RETURN_ITEM;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.db.tables.records.SaleReturnRecord;

/** A return's rows, the same on the till and the server. */
public final class ReturnRows {
    private ReturnRows() {
    }

    public static void insert(DSLContext tx, SaleReturn r, Integer fiscalYear, Long serverCreatedAt) {
        tx.insertInto(SALE_RETURN).set(SALE_RETURN.ID, r.id()).set(SALE_RETURN.SHOP_ID, r.shopId())
                .set(SALE_RETURN.DEVICE_ID, r.deviceId()).set(SALE_RETURN.USER_ID, r.userId())
                .set(SALE_RETURN.ORIGINAL_BILL_ID, r.originalBillId()).set(SALE_RETURN.LOCAL_NUMBER, r.localNumber())
                .set(SALE_RETURN.LOCAL_LABEL, r.localLabel()).set(SALE_RETURN.STATUS, r.status().name())
                .set(SALE_RETURN.REFUND_METHOD, r.refundMethod()).set(SALE_RETURN.REASON, r.reason())
                .set(SALE_RETURN.APPROVED_BY, r.approvedBy()).set(SALE_RETURN.SUBTOTAL, r.subtotal())
                .set(SALE_RETURN.TAX_TOTAL, r.taxTotal()).set(SALE_RETURN.TOTAL, r.total())
                .set(SALE_RETURN.SYNC_STATE, r.syncState().name()).set(SALE_RETURN.VERSION, 1L)
                .set(SALE_RETURN.CLIENT_CREATED_AT, r.clientCreatedAt()).set(SALE_RETURN.SERVER_CREATED_AT, serverCreatedAt)
                .set(SALE_RETURN.FISCAL_YEAR, fiscalYear).set(SALE_RETURN.SERVER_NUMBER, r.serverNumber())
                .set(SALE_RETURN.LEGAL_LABEL, r.legalLabel()).execute();
        insertItems(tx, r.id(), r.items());
    }

    public static void insertItems(DSLContext tx, String returnId, List<ReturnItem> items) {
        var insert = tx.insertInto(SALE_RETURN_ITEM, SALE_RETURN_ITEM.RETURN_ID, SALE_RETURN_ITEM.LINE_NO,
                SALE_RETURN_ITEM.ORIGINAL_LINE_NO, SALE_RETURN_ITEM.PRODUCT_ID, SALE_RETURN_ITEM.SKU, SALE_RETURN_ITEM.NAME,
                SALE_RETURN_ITEM.QUANTITY, SALE_RETURN_ITEM.RESTOCK, SALE_RETURN_ITEM.LINE_SUBTOTAL,
                SALE_RETURN_ITEM.LINE_TAX, SALE_RETURN_ITEM.LINE_TOTAL);
        for (ReturnItem i : items) {
            insert = insert.values(returnId, i.lineNo(), i.originalLineNo(), i.productId(), i.sku(), i.name(), i.quantity(),
                    i.restock() ? 1 : 0, i.subtotal(), i.tax(), i.total());
        }
        insert.execute();
    }

    public static Optional<SaleReturn> load(DSLContext dsl, String id) {
        SaleReturnRecord r = dsl.selectFrom(SALE_RETURN).where(SALE_RETURN.ID.eq(id)).fetchOne();
        if (r == null) return Optional.empty();
        List<ReturnItem> items = dsl.selectFrom(SALE_RETURN_ITEM).where(SALE_RETURN_ITEM.RETURN_ID.eq(id))
                .orderBy(SALE_RETURN_ITEM.LINE_NO).fetch(i -> new ReturnItem(i.getLineNo(), i.getOriginalLineNo(),
                        i.getProductId(), i.getSku(), i.getName(), i.getQuantity(), i.getRestock() == 1,
                        i.getLineSubtotal(), i.getLineTax(), i.getLineTotal()));
        return Optional.of(new SaleReturn(r.getId(), r.getShopId(), r.getDeviceId(), r.getUserId(), r.getOriginalBillId(),
                r.getLocalNumber(), r.getLocalLabel(), ReturnStatus.valueOf(r.getStatus()), r.getRefundMethod(),
                r.getReason(), r.getApprovedBy(), r.getSubtotal(), r.getTaxTotal(), r.getTotal(),
                BillSyncState.valueOf(r.getSyncState()), r.getClientCreatedAt(), r.getServerNumber(), r.getLegalLabel(),
                items));
    }

    /** Units of each line of a bill taken back by completed returns (by original line number). */
    public static Map<Integer, Long> returnedByLine(DSLContext dsl, String billId) {
        var qty = DSL.sum(SALE_RETURN_ITEM.QUANTITY);
        Map<Integer, Long> out = new java.util.HashMap<>();
        dsl.select(SALE_RETURN_ITEM.ORIGINAL_LINE_NO, qty).from(SALE_RETURN_ITEM).join(SALE_RETURN)
                .on(SALE_RETURN.ID.eq(SALE_RETURN_ITEM.RETURN_ID))
                .where(SALE_RETURN.ORIGINAL_BILL_ID.eq(billId)).and(SALE_RETURN.STATUS.eq(ReturnStatus.COMPLETED.name()))
                .groupBy(SALE_RETURN_ITEM.ORIGINAL_LINE_NO)
                .fetch().forEach(r -> out.put(r.value1(), r.value2() == null ? 0L : r.value2().longValue()));
        return out;
    }

    /** Completed returns' refunds of a shop between two client times: what comes off the takings. */
    public static long refunded(DSLContext dsl, String shopId, long fromMillis, long toMillis) {
        var total = dsl.select(DSL.sum(SALE_RETURN.TOTAL)).from(SALE_RETURN).where(SALE_RETURN.SHOP_ID.eq(shopId))
                .and(SALE_RETURN.STATUS.eq(ReturnStatus.COMPLETED.name()))
                .and(SALE_RETURN.CLIENT_CREATED_AT.ge(fromMillis)).and(SALE_RETURN.CLIENT_CREATED_AT.lt(toMillis))
                .fetchOne(0, Long.class);
        return total == null ? 0 : total;
    }
}
