package shopdesk.server.values;

import static shopdesk.db.Tables.AUDIT_LOG;
import static shopdesk.db.Tables.AUTH_TOKEN;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.CHANGE_FEED;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.PAYMENT;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import java.util.List;
import org.jooq.DSLContext;

/**
 * What a refused request must leave as it was: the rows of every table a push, a login or an admin command
 * writes (the push_result row recording a refusal aside), with the full content of products, stock and customers.
 */
record DatabaseState(List<Integer> counts, List<String> products, List<String> stock, List<String> customers) {

    static DatabaseState of(DSLContext db) {
        List<Integer> counts = List.of(db.fetchCount(BILL), db.fetchCount(BILL_ITEM), db.fetchCount(PAYMENT),
                db.fetchCount(BILL_NUMBER), db.fetchCount(STOCK_MOVEMENT), db.fetchCount(CHANGE_FEED),
                db.fetchCount(AUDIT_LOG), db.fetchCount(AUTH_TOKEN));
        List<String> products = db.selectFrom(PRODUCT).orderBy(PRODUCT.ID).fetch().map(r -> r.intoList().toString());
        List<String> stock = db.selectFrom(STOCK).orderBy(STOCK.SHOP_ID, STOCK.PRODUCT_ID).fetch().map(r -> r.intoList().toString());
        List<String> customers = db.selectFrom(CUSTOMER).orderBy(CUSTOMER.ID).fetch().map(r -> r.intoList().toString());
        return new DatabaseState(counts, products, stock, customers);
    }
}
