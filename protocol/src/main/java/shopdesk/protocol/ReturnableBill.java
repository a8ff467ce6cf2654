package shopdesk.protocol;

import java.util.Map;
import shopdesk.protocol.payload.BillPayload;

/**
 * GET /api/v1/sync/bill?number=...: a bill of the caller's shop found by its legal label, local label or id, as a
 * till needs it to take a return of a bill sold on another till: its lines, its legal label, and the quantity of
 * each line (by line number) already returned on any till, as far as the server knows.
 */
public record ReturnableBill(BillPayload bill, String legalLabel, Map<Integer, Long> returnedByLine) {
}
