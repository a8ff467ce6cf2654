package shopdesk.protocol;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * Why an entry could not be applied as sent. VERSION: the entity changed on the server since the till's base
 * version ({@code serverState} is its current state). STOCK: the bill would take stock below zero
 * ({@code shortfalls} per item).
 */
public record Conflict(Kind kind, String message, Long serverVersion, JsonObject serverState,
                       List<Shortfall> shortfalls) {

    public enum Kind { VERSION, STOCK }

    public record Shortfall(String productId, String sku, long requested, long available) {
    }
}
