package shopdesk.dal.returns;

import shopdesk.protocol.payload.StoreCreditPayload;

/** A store-credit note: what an exchange still owes the customer after its sale ({@code billId} null: no sale). */
public record StoreCredit(String id, String shopId, String deviceId, String userId, long localNumber, String localLabel,
                          long amount, String returnId, String billId, long clientCreatedAt) {

    public StoreCreditPayload payload() {
        return new StoreCreditPayload(id, deviceId, userId, localNumber, localLabel, amount, returnId, billId, clientCreatedAt);
    }
}
