package shopdesk.protocol.payload;

import java.util.List;
import shopdesk.protocol.BillStatus;

/**
 * CREATE_BILL: everything the server needs to re-check and record the bill. Totals are the till's; the
 * server recomputes them from the items and rejects a bill whose totals disagree. {@code overrideUserId}
 * is the supervisor who approved selling beyond stock (null if none).
 */
public record BillPayload(String id, String deviceId, String userId, String customerId, long localNumber,
                          String localLabel, long clientCreatedAt, long subtotal, long taxTotal, long total,
                          List<Item> items, List<Payment> payments, String overrideUserId,
                          Long serverNumber, BillStatus status) {

    /** The same bill with this legal number. */
    public BillPayload withServerNumber(Long number) {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total, items, payments, overrideUserId, number, status);
    }

    /** The same bill with this status. */
    public BillPayload withStatus(BillStatus newStatus) {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total, items, payments, overrideUserId, serverNumber, newStatus);
    }

    public record Item(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                       int taxRateBp) {
    }

    public record Payment(int lineNo, String method, long amount, long tendered, String reference) {
    }
}
