package shopdesk.server.entity;

import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PRODUCT;

import io.javalin.Javalin;
import io.javalin.http.Context;
import shopdesk.dal.db.Database;
import shopdesk.protocol.EntityState;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.StockLevelPayload;
import shopdesk.server.auth.Principal;
import shopdesk.server.catalog.ProductApplier;
import shopdesk.server.customer.CustomerApplier;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.Responses;
import shopdesk.server.stock.StockLedger;

/** The server's current state of one product, customer or stock level of the caller's shop (any role may read it). */
public final class EntityRoutes {
    private final Database db;

    public EntityRoutes(Database db) {
        this.db = db;
    }

    public void register(Javalin app) {
        app.get("/api/v1/sync/entity/{type}/{id}", this::entity);
    }

    private void entity(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        String type = ctx.pathParam("type");
        String id = ctx.pathParam("id");
        Object state = switch (type) {
            case EntityType.PRODUCT -> {
                var r = db.dsl().selectFrom(PRODUCT).where(PRODUCT.ID.eq(id), PRODUCT.SHOP_ID.eq(caller.shopId())).fetchOne();
                yield r == null ? null : ProductApplier.state(r);
            }
            case EntityType.CUSTOMER -> {
                var r = db.dsl().selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id), CUSTOMER.SHOP_ID.eq(caller.shopId())).fetchOne();
                yield r == null ? null : CustomerApplier.state(r);
            }
            case EntityType.STOCK -> {
                // a till fetches a product's level with the product when the feed could not store them (SKU held)
                if (!db.dsl().fetchExists(PRODUCT, PRODUCT.ID.eq(id), PRODUCT.SHOP_ID.eq(caller.shopId()))) yield null;
                var l = StockLedger.level(db.dsl(), caller.shopId(), id);
                yield new StockLevelPayload(id, l.quantity(), l.version());
            }
            default -> throw ApiException.invalidField("type", "'type' must be product, customer or stock, not '" + type + "'");
        };
        if (state == null) throw new ApiException(404, ErrorCodes.NOT_FOUND, "id", "No " + type + " " + id + " in this shop");
        var payload = Payloads.gson().toJsonTree(state).getAsJsonObject();
        Responses.json(ctx, 200, new EntityState(type, id, payload.get("version").getAsLong(), payload));
    }
}
