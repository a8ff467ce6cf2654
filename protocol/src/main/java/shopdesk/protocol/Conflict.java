package shopdesk.protocol;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * Why an entry could not be applied as sent. VERSION: the entity changed on the server since the till's base
 * version ({@code serverState} is its current state). STOCK: the bill would take stock below zero
 * ({@code shortfalls} per item). RETURN: a return of more than is left on its original bill after the returns other
 * tills made ({@code shortfalls} per returned line, in the return's line order: requested, and available = left).
 */
public record Conflict(Kind kind, String message, Long serverVersion, JsonObject serverState,
                       List<Shortfall> shortfalls) {

    public enum Kind { VERSION, STOCK, RETURN }

    public record Shortfall(String productId, String sku, long requested, long available) {
    }
}
