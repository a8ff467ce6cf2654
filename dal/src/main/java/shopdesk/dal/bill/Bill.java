package shopdesk.dal.bill;

import java.util.List;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;

/**
 * A bill with its lines, payments and tax table. Both numbers are kept: the till's local one and the server's legal
 * one. {@code subtotal} is the taxable amount, {@code total} what was paid (subtotal + tax + rounding).
 */
public record Bill(String id, String shopId, String deviceId, String userId, String customerId, long localNumber,
                   String localLabel, Long serverNumber, BillStatus status, long subtotal, long taxTotal, long total,
                   long paidTotal, long changeDue, String overrideUserId, String voidReason, String voidedBy,
                   Long voidedAt, BillSyncState syncState, long version, long clientCreatedAt, Long serverCreatedAt,
                   List<BillItem> items, List<Payment> payments, Discount discount, String discountReason,
                   long discountTotal, String discountApprovedBy, long rounding, long roundingUnit,
                   List<BillCalculator.TaxLine> taxes) {

    public BillPayload payload() {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total,
                items.stream().map(i -> new BillPayload.Item(i.lineNo(), i.productId(), i.sku(), i.name(), i.quantity(),
                        i.unitPrice(), i.taxRateBp(), i.weighed(), i.taxInclusive(), i.listPrice(), i.reason(),
                        BillTerms.wire(i.discount()))).toList(),
                payments.stream().map(p -> new BillPayload.Payment(p.lineNo(), p.method().name(), p.amount(),
                        p.tendered(), p.reference())).toList(),
                overrideUserId, serverNumber, status, BillTerms.wire(discount), discountReason, discountTotal,
                discountApprovedBy, rounding, roundingUnit,
                taxes.stream().map(t -> new BillPayload.Tax(t.rateBp(), t.taxable(), t.tax())).toList());
    }
}
