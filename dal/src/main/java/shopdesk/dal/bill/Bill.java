package shopdesk.dal.bill;

import java.util.List;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;

/** A bill with its lines and payments. Both numbers are kept: the till's local one and the server's legal one. */
public record Bill(String id, String shopId, String deviceId, String userId, String customerId, long localNumber,
                   String localLabel, Long serverNumber, BillStatus status, long subtotal, long taxTotal, long total,
                   long paidTotal, long changeDue, String overrideUserId, String voidReason, String voidedBy,
                   Long voidedAt, BillSyncState syncState, long version, long clientCreatedAt, Long serverCreatedAt,
                   List<BillItem> items, List<Payment> payments) {

    public BillPayload payload() {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total,
                items.stream().map(i -> new BillPayload.Item(i.lineNo(), i.productId(), i.sku(), i.name(), i.quantity(),
                        i.unitPrice(), i.taxRateBp())).toList(),
                payments.stream().map(p -> new BillPayload.Payment(p.lineNo(), p.method().name(), p.amount(),
                        p.tendered(), p.reference())).toList(),
                overrideUserId, serverNumber, status);
    }
}
