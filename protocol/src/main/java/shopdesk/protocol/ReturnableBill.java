package shopdesk.protocol;

import java.util.List;

/**
 * GET /api/v1/sync/bill?number=...: a bill of the caller's shop found by its legal label, till label or id, as a
 * till needs it to take a return of a bill sold on another till: its lines with their stored totals, and the
 * quantity of each line already returned on any till, as far as the server knows. {@code weighed}: the line's
 * quantities are grams of a product sold by the kg (absent from servers before it was added: read as false).
 */
public record ReturnableBill(String id, String localLabel, String legalLabel, boolean voided, List<Line> lines) {

    public record Line(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                       int taxRateBp, long subtotal, long tax, long total, long returned, boolean weighed) {
    }
}
