package shopdesk.server.bill;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CUSTOMER;
import static shopdesk.db.Tables.DEVICE;

import org.jooq.DSLContext;
import org.jooq.Record5;
import shopdesk.protocol.payload.BillPayload;

/** Everything a bill refers to, checked in one query (each round trip to PostgreSQL costs about 0.1 ms). */
final class BillChecks {
    private BillChecks() {
    }

    record References(boolean deviceInShop, boolean userInShop, boolean customerInShop, boolean billExists,
                      String billWithSameLocalNumber) {
    }

    static References references(DSLContext tx, String shopId, String billId, BillPayload b) {
        Record5<Boolean, Boolean, Boolean, Boolean, String> r = tx.select(
                field(exists(selectOne().from(DEVICE).where(DEVICE.ID.eq(b.deviceId()), DEVICE.SHOP_ID.eq(shopId)))),
                // any user of the shop, even one disabled since: a bill they rang up is still theirs
                field(exists(selectOne().from(APP_USER).where(APP_USER.ID.eq(b.userId()), APP_USER.SHOP_ID.eq(shopId)))),
                b.customerId() == null ? inline(true)
                        : field(exists(selectOne().from(CUSTOMER).where(CUSTOMER.ID.eq(b.customerId()), CUSTOMER.SHOP_ID.eq(shopId)))),
                field(exists(selectOne().from(BILL).where(BILL.ID.eq(billId)))),
                field(select(BILL.ID).from(BILL).where(BILL.DEVICE_ID.eq(b.deviceId()), BILL.LOCAL_NUMBER.eq(b.localNumber()))
                        .limit(1)))
                .fetchOne();
        return new References(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }
}
