package shopdesk.protocol.payload;

import java.util.List;

/**
 * CREATE_RETURN: a credit note against {@code originalBillId} (null: a return without the bill, supervisors only,
 * {@code reason} required). Each item names the original line it returns ({@code originalLineNo}, null without a
 * bill), whether the goods go back to stock, and its refund split into subtotal and tax; the server re-checks the
 * quantities left on the original across all tills and the refund against the line's stored totals.
 * {@code approvedBy}: the supervisor who approved a return without the bill (the entry carries the signature).
 */
public record ReturnPayload(String id, String deviceId, String userId, String originalBillId, long localNumber,
                            String localLabel, long clientCreatedAt, String refundMethod, String reason,
                            String approvedBy, long subtotal, long taxTotal, long total, List<Item> items) {

    public record Item(int lineNo, Integer originalLineNo, String productId, String sku, String name, long quantity,
                       boolean restock, long subtotal, long tax) {
    }

    /** The same return with other items and totals (a supervisor reduced it to what was left). */
    public ReturnPayload withItems(List<Item> newItems) {
        long sub = 0;
        long tax = 0;
        for (Item i : newItems) {
            sub = Math.addExact(sub, i.subtotal());
            tax = Math.addExact(tax, i.tax());
        }
        return new ReturnPayload(id, deviceId, userId, originalBillId, localNumber, localLabel, clientCreatedAt,
                refundMethod, reason, approvedBy, sub, tax, Math.addExact(sub, tax), newItems);
    }
}
