package shopdesk.server.returns;

import io.javalin.Javalin;
import io.javalin.http.Context;
import shopdesk.dal.db.Database;
import shopdesk.dal.returns.NoteLedger;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.StoreCreditBalance;
import shopdesk.server.auth.Principal;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.Responses;

/** A store-credit note of the caller's shop by its number, with what is left on it (any role may ask). */
public final class StoreCreditRoutes {
    private final Database db;

    public StoreCreditRoutes(Database db) {
        this.db = db;
    }

    public void register(Javalin app) {
        app.get("/api/v1/sync/store-credit", this::note);
    }

    private void note(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        String number = ctx.queryParam("number");
        if (number == null || number.isBlank() || number.length() > 32) {
            throw ApiException.invalidField("number", "'number' must be a store-credit note's number, e.g. T1-C000001");
        }
        var note = NoteLedger.balance(db.dsl(), caller.shopId(), number)
                .orElseThrow(() -> new ApiException(404, ErrorCodes.NOT_FOUND, "number", "No store credit "
                        + NoteLedger.normalise(number) + " in this shop"));
        Responses.json(ctx, 200, new StoreCreditBalance(note.noteId(), note.label(), note.amount(), note.left()));
    }
}
