package shopdesk.dal.returns;

import java.util.List;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.protocol.payload.ReturnPayload;

/**
 * A return (credit note): the till's local number at once, the credit-note legal label once the server numbered
 * it. {@code originalBillId} is null for a return without the bill (then {@code approvedBy} is the supervisor).
 */
public record SaleReturn(String id, String shopId, String deviceId, String userId, String originalBillId,
                         long localNumber, String localLabel, ReturnStatus status, String refundMethod, String reason,
                         String approvedBy, long subtotal, long taxTotal, long total, BillSyncState syncState,
                         long clientCreatedAt, Long serverNumber, String legalLabel, List<ReturnItem> items) {

    public ReturnPayload payload() {
        return new ReturnPayload(id, deviceId, userId, originalBillId, localNumber, localLabel, clientCreatedAt,
                refundMethod, reason, approvedBy, subtotal, taxTotal, total,
                items.stream().map(i -> new ReturnPayload.Item(i.lineNo(), i.originalLineNo(), i.productId(), i.sku(),
                        i.name(), i.quantity(), i.restock(), i.subtotal(), i.tax())).toList());
    }
}
