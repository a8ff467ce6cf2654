package shopdesk.protocol.payload;

/**
 * ISSUE_STORE_CREDIT: a store-credit note. An exchange's return is refunded as credit that its sale takes as a
 * payment; what the sale does not use is owed to the customer, written as this note (numbered per till, printed on
 * the exchange's receipt) instead of cash leaving the drawer without a document. {@code returnId} is the exchange's
 * return, {@code billId} its sale (null when no sale followed); {@code amount} is positive minor units. Never changes.
 */
public record StoreCreditPayload(String id, String deviceId, String userId, long localNumber, String localLabel,
                                 long amount, String returnId, String billId, long clientCreatedAt) {
}
