package shopdesk.server.holdings;

import static shopdesk.db.Tables.BILL;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;
import shopdesk.protocol.HeldNumbers;
import shopdesk.protocol.Holdings;
import shopdesk.server.auth.Principal;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.Responses;

/**
 * What the server holds of the calling till's bills, so the till can re-send bills a restored server lost
 * (docs/SYNC.md). Only the caller's own device, from its token; counts and numbers, never other tills' bills.
 */
public final class HoldingsRoutes {
    public static final long BUCKET_SIZE = Holdings.BUCKET_SIZE;
    /** The widest range one numbers request may ask for. */
    public static final long MAX_RANGE = 1000;

    private final Database db;

    public HoldingsRoutes(Database db) {
        this.db = db;
    }

    public void register(Javalin app) {
        app.get("/api/v1/sync/holdings", this::holdings);
        app.get("/api/v1/sync/holdings/numbers", this::numbers);
    }

    private void holdings(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        Field<Long> bucket = BILL.LOCAL_NUMBER.div(BUCKET_SIZE).as("bucket");
        List<Holdings.Bucket> buckets = db.dsl().select(bucket, DSL.count())
                .from(BILL).where(BILL.SHOP_ID.eq(caller.shopId())).and(BILL.DEVICE_ID.eq(caller.deviceId()))
                .groupBy(bucket).orderBy(bucket)
                .fetch(r -> new Holdings.Bucket(r.value1(), r.value2()));
        Responses.json(ctx, 200, new Holdings(caller.deviceId(), BUCKET_SIZE, buckets));
    }

    private void numbers(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        long from = number(ctx, "from");
        long to = number(ctx, "to");
        if (to < from || to - from >= MAX_RANGE) {
            throw ApiException.invalidField("to", "'to' must be from 'from' to 'from' + " + (MAX_RANGE - 1));
        }
        List<Long> held = db.dsl().select(BILL.LOCAL_NUMBER).from(BILL)
                .where(BILL.SHOP_ID.eq(caller.shopId())).and(BILL.DEVICE_ID.eq(caller.deviceId()))
                .and(BILL.LOCAL_NUMBER.between(from, to)).orderBy(BILL.LOCAL_NUMBER)
                .fetch(BILL.LOCAL_NUMBER);
        Responses.json(ctx, 200, new HeldNumbers(from, to, held));
    }

    private static long number(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) throw ApiException.missingField(name);
        try {
            long n = Long.parseLong(raw.trim());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "'" + name + "' must be a whole number of at least 0");
        }
    }
}
