package shopdesk.client.sync;

import com.google.gson.JsonObject;
import java.util.List;

/** What the server said when it would not apply an entry as sent (see protocol Conflict). */
public record ConflictInfo(Kind kind, String message, Long serverVersion, JsonObject serverState,
                           List<Shortfall> shortfalls) {

    /** RETURN: more taken back than was left on the bill (another till returned it first). */
    public enum Kind { VERSION, STOCK, RETURN }

    public record Shortfall(String productId, String sku, long requested, long available) {
    }
}
