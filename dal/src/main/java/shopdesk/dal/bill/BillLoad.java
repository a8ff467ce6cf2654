package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_TAX;
import static shopdesk.db.Tables.PAYMENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import shopdesk.db.tables.records.BillRecord;
import shopdesk.protocol.BillStatus;

/** Reads a bill back from its rows (bill, items, payments, tax table); {@link BillRows} writes them. */
final class BillLoad {
    private BillLoad() {
    }

    static Optional<Bill> load(DSLContext dsl, String billId) {
        BillRecord r = dsl.selectFrom(BILL).where(BILL.ID.eq(billId)).fetchOne();
        if (r == null) return Optional.empty();
        List<BillItem> items = dsl.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(billId)).orderBy(BILL_ITEM.LINE_NO)
                .fetch(i -> new BillItem(i.getLineNo(), i.getProductId(), i.getSku(), i.getName(), i.getQuantity(),
                        i.getUnitPrice(), i.getTaxRateBp(), i.getLineSubtotal(), i.getLineTax(), i.getLineTotal(),
                        Boolean.TRUE.equals(i.getWeighed()), Boolean.TRUE.equals(i.getTaxInclusive()), i.getListPrice(),
                        i.getReason(), discount(i.getDiscountKind(), i.getDiscountValue()), orZero(i.getLineDiscount()),
                        orZero(i.getBillDiscount())));
        List<BillCalculator.TaxLine> taxes = dsl.selectFrom(BILL_TAX).where(BILL_TAX.BILL_ID.eq(billId))
                .orderBy(BILL_TAX.RATE_BP).fetch(t -> new BillCalculator.TaxLine(t.getRateBp(), t.getTaxable(), t.getTax()));
        List<Payment> payments = dsl.selectFrom(PAYMENT).where(PAYMENT.BILL_ID.eq(billId)).orderBy(PAYMENT.LINE_NO)
                .fetch(p -> new Payment(p.getLineNo(), PaymentMethod.valueOf(p.getMethod()), p.getAmount(), p.getTendered(),
                        p.getReference()));
        return Optional.of(new Bill(r.getId(), r.getShopId(), r.getDeviceId(), r.getUserId(), r.getCustomerId(),
                r.getLocalNumber(), r.getLocalLabel(), r.getServerNumber(), BillStatus.fromCode(r.getStatus()),
                r.getSubtotal(), r.getTaxTotal(), r.getTotal(), r.getPaidTotal(), r.getChangeDue(), r.getOverrideUserId(),
                r.getVoidReason(), r.getVoidedBy(), r.getVoidedAt(), BillSyncState.valueOf(r.getSyncState()),
                r.getVersion(), r.getClientCreatedAt(), r.getServerCreatedAt(), items, payments,
                discount(r.getDiscountKind(), r.getDiscountValue()), r.getDiscountReason(), orZero(r.getDiscountTotal()),
                r.getDiscountApprovedBy(), orZero(r.getRounding()), r.getRoundingUnit() == null ? 1 : r.getRoundingUnit(), taxes));
    }

    /** Columns added after a bill's first schema read null on rows some engines wrote before them: none. */
    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private static Discount discount(String kind, Long value) {
        return kind == null || value == null ? null : new Discount(Discount.Kind.valueOf(kind), value);
    }
}
