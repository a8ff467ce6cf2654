package shopdesk.server.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.BILL_TAX;
import static shopdesk.db.Tables.PAYMENT;

import java.util.List;
import org.jooq.DSLContext;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;

/** A stored bill in its wire form (the feed's BillPayload, with server number and status). */
public final class BillState {
    private BillState() {
    }

    public static BillPayload load(DSLContext tx, BillRecord b) {
        List<BillPayload.Item> items = tx.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(b.getId())).orderBy(BILL_ITEM.LINE_NO)
                .fetch(i -> new BillPayload.Item(i.getLineNo(), i.getProductId(), i.getSku(), i.getName(), i.getQuantity(),
                        i.getUnitPrice(), i.getTaxRateBp(), Boolean.TRUE.equals(i.getWeighed()), Boolean.TRUE.equals(i.getTaxInclusive()), i.getListPrice(), i.getReason(),
                        discount(i.getDiscountKind(), i.getDiscountValue())));
        List<BillPayload.Tax> taxes = tx.selectFrom(BILL_TAX).where(BILL_TAX.BILL_ID.eq(b.getId())).orderBy(BILL_TAX.RATE_BP)
                .fetch(t -> new BillPayload.Tax(t.getRateBp(), t.getTaxable(), t.getTax()));
        List<BillPayload.Payment> payments = tx.selectFrom(PAYMENT).where(PAYMENT.BILL_ID.eq(b.getId())).orderBy(PAYMENT.LINE_NO)
                .fetch(p -> new BillPayload.Payment(p.getLineNo(), p.getMethod(), p.getAmount(), p.getTendered(), p.getReference()));
        return new BillPayload(b.getId(), b.getDeviceId(), b.getUserId(), b.getCustomerId(), b.getLocalNumber(),
                b.getLocalLabel(), b.getClientCreatedAt(), b.getSubtotal(), b.getTaxTotal(), b.getTotal(), items, payments,
                b.getOverrideUserId(), number(tx, b.getId()), BillStatus.fromCode(b.getStatus()),
                discount(b.getDiscountKind(), b.getDiscountValue()),
                b.getDiscountReason(), orZero(b.getDiscountTotal()), b.getDiscountApprovedBy(), orZero(b.getRounding()),
                b.getRoundingUnit() == null ? 1 : b.getRoundingUnit(),
                taxes);
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private static BillPayload.Discount discount(String kind, Long value) {
        return kind == null || value == null ? null : new BillPayload.Discount(kind, value);
    }

    /** A bill's legal number (on the server it is a {@code bill_number} row, not {@code bill.server_number}). */
    public static Long number(DSLContext tx, String billId) {
        return tx.select(BILL_NUMBER.SERVER_NUMBER).from(BILL_NUMBER).where(BILL_NUMBER.BILL_ID.eq(billId))
                .fetchOne(BILL_NUMBER.SERVER_NUMBER);
    }

    public static BillRecord find(DSLContext tx, String shopId, String billId) {
        return tx.selectFrom(BILL).where(BILL.ID.eq(billId), BILL.SHOP_ID.eq(shopId)).fetchOne();
    }
}
