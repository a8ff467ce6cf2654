package shopdesk.protocol;

/**
 * GET /api/v1/sync/store-credit?number=: a store-credit note of the caller's shop, its amount and what is left after
 * the bills the server has (minor units). A till checks another till's note with it before taking it as payment.
 */
public record StoreCreditBalance(String id, String label, long amount, long left) {
}
