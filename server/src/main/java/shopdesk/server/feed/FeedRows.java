package shopdesk.server.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.FeedChange;

/**
 * The feed rows of one push transaction, collected as its entries are applied and written with one statement
 * just before it commits (PostgreSQL over loopback is bound by round trips).
 */
public final class FeedRows {
    private final List<ChangeFeed.Row> rows = new ArrayList<>();

    public void add(ChangeFeed.Row... more) {
        rows.addAll(List.of(more));
    }

    public void add(String shopId, String originDeviceId, String entityType, String entityId, String action,
                    Long version, Object payload, long now) {
        rows.add(new ChangeFeed.Row(shopId, originDeviceId, entityType, entityId, action, version, payload, now));
    }

    /** Writes the collected rows in the order they were added, without superseded stock levels. */
    public void flush(DSLContext tx) {
        if (rows.isEmpty()) return;
        ChangeFeed.Row[] all = withoutSupersededLevels(rows);
        rows.clear();
        ChangeFeed.insert(tx, all);
    }

    /**
     * The rows in order, less every stock level that a later row of the same product replaces. A level is absolute
     * (quantity and version), the rows of one transaction commit together, and a till applies the feed in order, so
     * the earlier ones would only be overwritten on arrival (50 bills selling the same 3 products write 3 levels).
     */
    static ChangeFeed.Row[] withoutSupersededLevels(List<ChangeFeed.Row> rows) {
        Map<String, Integer> lastLevel = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (isStockLevel(rows.get(i))) lastLevel.put(levelKey(rows.get(i)), i);
        }
        List<ChangeFeed.Row> kept = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ChangeFeed.Row r = rows.get(i);
            if (!isStockLevel(r) || lastLevel.get(levelKey(r)) == i) kept.add(r);
        }
        return kept.toArray(ChangeFeed.Row[]::new);
    }

    private static boolean isStockLevel(ChangeFeed.Row r) {
        return FeedChange.SET_STOCK_LEVEL.equals(r.action()) && EntityType.STOCK.equals(r.entityType());
    }

    private static String levelKey(ChangeFeed.Row r) {
        return r.shopId() + "/" + r.entityId();
    }
}
