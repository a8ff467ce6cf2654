package shopdesk.protocol.payload;

/**
 * CASH_MOVEMENT: one drawer document. {@code kind} is FLOAT (the opening float), CASH_IN or CASH_OUT (a paid-out
 * or an expense, with its reason); {@code amount} is positive minor units. Never changes once written.
 */
public record CashMovementPayload(String id, String deviceId, String userId, long localNumber, String kind,
                                  long amount, String reason, long clientCreatedAt) {
}
