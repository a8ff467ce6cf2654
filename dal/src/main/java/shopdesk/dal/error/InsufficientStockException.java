package shopdesk.dal.error;

import java.util.List;

/** Selling more than the stock on hand; a supervisor's override lets the sale go on. */
public final class InsufficientStockException extends ShopDeskException {
    private final List<Shortfall> shortfalls;

    public InsufficientStockException(List<Shortfall> shortfalls) {
        super(ErrorCode.INSUFFICIENT_STOCK, "items", ErrorText.STOCK_SHORT, Localizable.joined(shortfalls.stream()
                .map(s -> new Phrase(ErrorText.STOCK_SHORT_ITEM, s.name(), s.requested(), s.available())).toList()));
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    public record Shortfall(String productId, String sku, String name, long requested, long available) {
    }
}
