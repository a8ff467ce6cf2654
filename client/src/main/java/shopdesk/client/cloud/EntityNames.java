package shopdesk.client.cloud;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PRODUCT;

import shopdesk.dal.db.Database;
import shopdesk.dal.money.Money;
import shopdesk.protocol.EntityType;

/** Names staff know for the sync centre: a product's name and SKU, a bill's label and total, a customer's or user's name. */
final class EntityNames {
    private final Database db;

    EntityNames(Database db) {
        this.db = db;
    }

    /** Null when the till holds no such row (the caller falls back to the payload). */
    String entity(String entityType, String entityId) {
        return switch (entityType) {
            case EntityType.PRODUCT, EntityType.STOCK -> db.dsl().select(PRODUCT.NAME, PRODUCT.SKU).from(PRODUCT)
                    .where(PRODUCT.ID.eq(entityId)).fetchOptional()
                    .map(r -> (EntityType.STOCK.equals(entityType) ? "Stock of " : "") + r.value1() + " (" + r.value2() + ")")
                    .orElse(null);
            case EntityType.BILL -> db.dsl().select(BILL.LOCAL_LABEL, BILL.TOTAL).from(BILL).where(BILL.ID.eq(entityId))
                    .fetchOptional().map(r -> "Bill " + r.value1() + ", " + Money.format(r.value2())).orElse(null);
            case EntityType.CUSTOMER -> db.dsl().select(CUSTOMER.NAME).from(CUSTOMER).where(CUSTOMER.ID.eq(entityId))
                    .fetchOptional(CUSTOMER.NAME).orElse(null);
            default -> null;
        };
    }

    /** "Asha (asha)", or the id when the user is not on this till. */
    String user(String userId) {
        if (userId == null) return "";
        return db.dsl().select(APP_USER.DISPLAY_NAME, APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional().map(r -> r.value1() + " (" + r.value2() + ")").orElse(userId);
    }
}
