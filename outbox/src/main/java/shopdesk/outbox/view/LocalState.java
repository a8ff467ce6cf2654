package shopdesk.outbox.view;

import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PRODUCT;

import org.jooq.DSLContext;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.product.ProductService;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.Payloads;

/**
 * The till's current record of a product or customer, in the payload's shape: every unsent edit folded in. A
 * conflict compares this with the server's state, not the first queued edit, so a merge keeps later edits.
 */
public final class LocalState {
    private LocalState() {
    }

    /** JSON of the local row, or null for other entity types or a row that does not exist. */
    public static String json(DSLContext tx, String entityType, String id) {
        Object state = switch (entityType) {
            case EntityType.PRODUCT -> tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional()
                    .map(r -> ProductService.product(r).payload()).orElse(null);
            case EntityType.CUSTOMER -> tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional()
                    .map(r -> CustomerService.customer(r).payload()).orElse(null);
            default -> null;
        };
        return state == null ? null : Payloads.toJson(state);
    }
}
