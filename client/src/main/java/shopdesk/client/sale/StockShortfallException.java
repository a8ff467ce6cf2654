package shopdesk.client.sale;

import java.util.List;
import shopdesk.dal.error.ErrorCode;
import shopdesk.dal.error.ShopDeskException;

/** The sale would take local stock below zero; a supervisor may approve selling anyway. */
public final class StockShortfallException extends ShopDeskException {
    private final List<Shortfall> shortfalls;

    public record Shortfall(String productId, String sku, String name, long requested, long available) {
    }

    public StockShortfallException(List<Shortfall> shortfalls) {
        super(ErrorCode.INSUFFICIENT_STOCK, null, "Not enough stock for " + shortfalls.size() + " item(s)");
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }
}
