package shopdesk.dal.customer;

import static shopdesk.db.Tables.CUSTOMER;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.StaleVersionException;
import shopdesk.db.tables.records.CustomerRecord;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.Payloads;

/** Customers: optional on a bill, searchable by name or phone. */
public final class CustomerService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;

    public CustomerService(Database db, ChangeRecorder recorder, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
    }

    public Customer create(Actor actor, CustomerDraft draft) {
        RoleMatrix.require(actor, ChangeAction.CREATE_CUSTOMER, ErrorText.ACTION_ADD_CUSTOMER);
        CustomerDraft d = draft.validated();
        String id = Ids.newId();
        long now = clock.millis();
        return db.inTransaction(tx -> {
            tx.insertInto(CUSTOMER).set(CUSTOMER.ID, id).set(CUSTOMER.SHOP_ID, actor.shopId())
                    .set(CUSTOMER.NAME, d.name()).set(CUSTOMER.NAME_SEARCH, Text.searchKey(d.name()))
                    .set(CUSTOMER.PHONE, d.phone()).set(CUSTOMER.EMAIL, d.email()).set(CUSTOMER.VERSION, 1L)
                    .set(CUSTOMER.CREATED_AT, now).set(CUSTOMER.UPDATED_AT, now).execute();
            Customer c = load(tx, actor.shopId(), id);
            record(tx, actor, c, ChangeAction.CREATE_CUSTOMER, null);
            return c;
        });
    }

    public Customer update(Actor actor, String id, long expectedVersion, CustomerDraft draft) {
        RoleMatrix.require(actor, ChangeAction.UPDATE_CUSTOMER, ErrorText.ACTION_EDIT_CUSTOMER);
        CustomerDraft d = draft.validated();
        return db.inTransaction(tx -> {
            recorder.beforeEdit(tx, EntityType.CUSTOMER, id);
            int n = tx.update(CUSTOMER).set(CUSTOMER.NAME, d.name()).set(CUSTOMER.NAME_SEARCH, Text.searchKey(d.name()))
                    .set(CUSTOMER.PHONE, d.phone()).set(CUSTOMER.EMAIL, d.email())
                    .set(CUSTOMER.VERSION, expectedVersion + 1).set(CUSTOMER.UPDATED_AT, clock.millis())
                    .where(CUSTOMER.ID.eq(id)).and(CUSTOMER.SHOP_ID.eq(actor.shopId()))
                    .and(CUSTOMER.DELETED_AT.isNull()).and(CUSTOMER.VERSION.eq(expectedVersion)).execute();
            if (n == 0) {
                CustomerRecord r = tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).and(CUSTOMER.SHOP_ID.eq(actor.shopId())).fetchOne();
                if (r == null || r.getDeletedAt() != null) throw new NotFoundException(ErrorText.NOUN_CUSTOMER, id);
                throw new StaleVersionException(ErrorText.NOUN_CUSTOMER, id, expectedVersion, r.getVersion());
            }
            Customer c = load(tx, actor.shopId(), id);
            record(tx, actor, c, ChangeAction.UPDATE_CUSTOMER, expectedVersion);
            return c;
        });
    }

    public Optional<Customer> findById(String shopId, String id) {
        return db.dsl().selectFrom(CUSTOMER).where(CUSTOMER.SHOP_ID.eq(shopId)).and(CUSTOMER.ID.eq(id))
                .fetchOptional(CustomerService::customer);
    }

    /** Name contains the query (any case) or phone starts with it; by name. */
    public Page<Customer> search(String shopId, String query, PageRequest page) {
        var where = CUSTOMER.SHOP_ID.eq(shopId).and(CUSTOMER.DELETED_AT.isNull());
        if (query != null && !query.isBlank()) {
            where = where.and(CUSTOMER.NAME_SEARCH.like(Text.containsPattern(query), '!')
                    .or(CUSTOMER.PHONE.startsWith(query.strip())));
        }
        return Page.of(db.dsl().selectFrom(CUSTOMER).where(where).orderBy(CUSTOMER.NAME_SEARCH, CUSTOMER.ID)
                .limit(page.limit() + 1).offset(page.offset()).fetch(CustomerService::customer), page);
    }

    private void record(DSLContext tx, Actor actor, Customer c, ChangeAction action, Long baseVersion) {
        recorder.record(tx, new Change(Change.streamKey(EntityType.CUSTOMER, c.id()), EntityType.CUSTOMER, c.id(),
                action.name(), Payloads.toJson(c.payload()), Payloads.VERSION, baseVersion, actor.userId(), List.of()));
    }

    private static Customer load(DSLContext tx, String shopId, String id) {
        return tx.selectFrom(CUSTOMER).where(CUSTOMER.SHOP_ID.eq(shopId)).and(CUSTOMER.ID.eq(id)).fetchOne(CustomerService::customer);
    }

    public static Customer customer(CustomerRecord r) {
        return new Customer(r.getId(), r.getShopId(), r.getName(), r.getPhone(), r.getEmail(), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt());
    }
}
