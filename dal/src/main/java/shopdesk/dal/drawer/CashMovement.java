package shopdesk.dal.drawer;

/** A drawer document as written: immutable; amount is positive minor units, the kind says which way it goes. */
public record CashMovement(String id, String shopId, String deviceId, String userId, long localNumber, CashKind kind,
                           long amount, String reason, long createdAt) {
}
