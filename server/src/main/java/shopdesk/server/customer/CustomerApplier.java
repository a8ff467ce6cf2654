package shopdesk.server.customer;

import static shopdesk.db.Tables.CUSTOMER;

import java.util.Locale;
import org.jooq.DSLContext;
import shopdesk.db.tables.records.CustomerRecord;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.CustomerPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/** CREATE_CUSTOMER and UPDATE_CUSTOMER, with the same version rule as products. */
public final class CustomerApplier {
    private CustomerApplier() {
    }

    public static Applied create(DSLContext tx, EntryContext ctx) {
        CustomerPayload p = validated(ctx.payload(CustomerPayload.class));
        String id = ctx.entityId(p.id());
        if (tx.fetchExists(CUSTOMER, CUSTOMER.ID.eq(id))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Customer " + id + " already exists");
        }
        tx.insertInto(CUSTOMER)
                .set(CUSTOMER.ID, id).set(CUSTOMER.SHOP_ID, ctx.shopId())
                .set(CUSTOMER.NAME, p.name()).set(CUSTOMER.NAME_SEARCH, p.name().trim().toLowerCase(Locale.ROOT))
                .set(CUSTOMER.PHONE, p.phone()).set(CUSTOMER.EMAIL, p.email()).set(CUSTOMER.VERSION, 1L)
                .set(CUSTOMER.CREATED_AT, ctx.now()).set(CUSTOMER.UPDATED_AT, ctx.now())
                .execute();
        return publish(tx, ctx, id, ChangeAction.CREATE_CUSTOMER);
    }

    public static Applied update(DSLContext tx, EntryContext ctx) {
        CustomerPayload p = validated(ctx.payload(CustomerPayload.class));
        String id = ctx.entityId(p.id());
        long base = ctx.baseVersion();
        CustomerRecord current = tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id), CUSTOMER.SHOP_ID.eq(ctx.shopId())).fetchOne();
        if (current == null) throw EntryRefused.rejected(RejectCodes.NOT_FOUND, "Customer " + id + " does not exist in this shop");
        if (current.getVersion() != base) {
            throw EntryRefused.conflict(new Conflict(Conflict.Kind.VERSION, "Customer '" + current.getName()
                    + "' was changed on the server (server version " + current.getVersion() + ", this edit was made on version "
                    + base + ")", current.getVersion(), Payloads.gson().toJsonTree(state(current)).getAsJsonObject(), null));
        }
        tx.update(CUSTOMER)
                .set(CUSTOMER.NAME, p.name()).set(CUSTOMER.NAME_SEARCH, p.name().trim().toLowerCase(Locale.ROOT))
                .set(CUSTOMER.PHONE, p.phone()).set(CUSTOMER.EMAIL, p.email())
                .set(CUSTOMER.VERSION, base + 1).set(CUSTOMER.UPDATED_AT, ctx.now())
                .where(CUSTOMER.ID.eq(id)).execute();
        return publish(tx, ctx, id, ChangeAction.UPDATE_CUSTOMER);
    }

    public static CustomerPayload state(CustomerRecord r) {
        return new CustomerPayload(r.getId(), r.getName(), r.getPhone(), r.getEmail(), r.getVersion());
    }

    private static Applied publish(DSLContext tx, EntryContext ctx, String id, ChangeAction action) {
        CustomerRecord r = tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOne();
        ctx.feed().add(ctx.shopId(), ctx.deviceId(), EntityType.CUSTOMER, id, action.name(), r.getVersion(), state(r), ctx.now());
        return new Applied(null, r.getVersion(), ctx.now());
    }

    /** The payload with its texts trimmed; control characters and invisible names refused. */
    private static CustomerPayload validated(CustomerPayload p) {
        return new CustomerPayload(p.id(), Checks.text(p.name(), "payload.name", 200),
                Checks.optionalText(p.phone(), "payload.phone", 32), Checks.optionalText(p.email(), "payload.email", 200),
                p.version());
    }
}
