package shopdesk.server.feed;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import shopdesk.dal.db.Database;
import shopdesk.server.auth.Principal;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.Responses;

/** GET /api/v1/sync/pull?since=&lt;cursor&gt;&amp;limit=&lt;n&gt;: the caller's shop's feed only. */
public final class PullRoutes {
    static final int DEFAULT_LIMIT = 200;
    private final Database db;
    private final Clock clock;
    private final int maxLimit;

    public PullRoutes(Database db, Clock clock, int maxLimit) {
        this.db = db;
        this.clock = clock;
        this.maxLimit = maxLimit;
    }

    public void register(Javalin app) {
        app.get("/api/v1/sync/pull", this::pull);
    }

    private void pull(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        int limit = Math.min(limit(ctx.queryParam("limit")), maxLimit);
        Responses.json(ctx, 200, ChangeFeed.read(db.dsl(), caller.shopId(), ctx.queryParam("since"), limit, clock.millis()));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("limit", "'limit' must be a whole number of at least 1, not '" + raw + "'");
        }
    }
}
