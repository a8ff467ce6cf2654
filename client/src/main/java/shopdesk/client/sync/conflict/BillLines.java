package shopdesk.client.sync.conflict;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.dal.bill.BillCalculator;

/**
 * The lines of a parked bill with the quantity each keeps if it is reduced: a stock conflict's short items start
 * at what the server has, everything else at what was sold. The refund is what the customer paid over the
 * reduced total, computed with the same BillCalculator as the sale.
 */
public final class BillLines {
    /** One line of the bill; {@code keep} is the quantity it keeps after a reduce. */
    public record Line(String productId, String sku, String name, long quantity, long unitPrice, int taxRateBp, long keep) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final long total;

    public BillLines(JsonObject bill, List<ConflictInfo.Shortfall> shortfalls) {
        this.total = bill.has("total") ? bill.get("total").getAsLong() : 0;
        if (bill.has("items") && bill.get("items").isJsonArray()) {
            for (JsonElement e : bill.getAsJsonArray("items")) {
                JsonObject i = e.getAsJsonObject();
                String id = i.get("productId").getAsString();
                long q = i.get("quantity").getAsLong();
                long keep = q;
                for (ConflictInfo.Shortfall s : shortfalls) {
                    if (s.productId().equals(id)) keep = Math.min(q, Math.max(0, s.available()));
                }
                lines.add(new Line(id, text(i, "sku"), text(i, "name"), q, i.get("unitPrice").getAsLong(),
                        i.get("taxRateBp").getAsInt(), keep));
            }
        }
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Sets the quantity a line keeps (0 drops it), within 0 and what was sold. */
    public void keep(int index, long quantity) {
        Line l = lines.get(index);
        lines.set(index, new Line(l.productId(), l.sku(), l.name(), l.quantity(), l.unitPrice(), l.taxRateBp(),
                Math.max(0, Math.min(l.quantity(), quantity))));
    }

    /** The lines whose quantity changes, for the reduce resolution. */
    public Map<String, Long> reduced() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Line l : lines) if (l.keep() != l.quantity()) out.put(l.productId(), l.keep());
        return out;
    }

    public boolean keepsSomething() {
        return lines.stream().anyMatch(l -> l.keep() > 0);
    }

    /** What the customer gets back if the bill is reduced; 0 when nothing changes. */
    public long refund() {
        List<BillCalculator.Line> kept = lines.stream().filter(l -> l.keep() > 0)
                .map(l -> new BillCalculator.Line(l.keep(), l.unitPrice(), l.taxRateBp())).toList();
        return kept.isEmpty() ? total : Math.max(0, total - BillCalculator.totals(kept).total());
    }

    public long total() {
        return total;
    }

    private static String text(JsonObject o, String field) {
        return o.has(field) && !o.get(field).isJsonNull() ? o.get(field).getAsString() : "";
    }
}
