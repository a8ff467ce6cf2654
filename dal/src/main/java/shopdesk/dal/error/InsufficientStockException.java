package shopdesk.dal.error;

import java.util.List;
import java.util.stream.Collectors;

/** Selling more than the stock on hand; a supervisor's override lets the sale go on. */
public final class InsufficientStockException extends ShopDeskException {
    private final List<Shortfall> shortfalls;

    public InsufficientStockException(List<Shortfall> shortfalls) {
        super(ErrorCode.INSUFFICIENT_STOCK, "items", "Not enough stock for " + shortfalls.stream()
                .map(s -> s.name() + " (selling " + s.requested() + ", " + s.available() + " in stock)")
                .collect(Collectors.joining(", ")) + ". A supervisor can approve the sale.");
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    public record Shortfall(String productId, String sku, String name, long requested, long available) {
    }
}
