package shopdesk.protocol.payload;

/** VOID_BILL: cancels a bill and restores its stock. */
public record VoidBillPayload(String billId, String reason, String voidedBy) {
}
