package shopdesk.dal.returns;

import java.util.List;

/**
 * A bill as a return needs it: its labels and lines with their stored totals, and per line what was already returned
 * as far as this till knows (its own returns, and what the server said of other tills' when it was asked). A
 * {@code weighed} line's quantities are grams of a product sold by the kg.
 */
public record OriginalBill(String id, String localLabel, String legalLabel, boolean voided, List<Line> lines) {

    public record Line(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                       int taxRateBp, long subtotal, long tax, long total, long returned, boolean weighed) {
        public long left() {
            return quantity - returned;
        }
    }

    public Line line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElse(null);
    }
}
