package shopdesk.dal.bill;

import static shopdesk.db.Tables.BILL_NUMBER_HISTORY;

import java.util.List;
import org.jooq.DSLContext;

/** Legal numbers a bill had before a server that lost it numbered it again (the till's side; docs/SYNC.md). */
public final class BillNumberHistory {
    private BillNumberHistory() {
    }

    /** Oldest first; empty for almost every bill. */
    public static List<Long> earlier(DSLContext dsl, String billId) {
        return dsl.select(BILL_NUMBER_HISTORY.SERVER_NUMBER).from(BILL_NUMBER_HISTORY)
                .where(BILL_NUMBER_HISTORY.BILL_ID.eq(billId)).orderBy(BILL_NUMBER_HISTORY.REPLACED_AT)
                .fetch(BILL_NUMBER_HISTORY.SERVER_NUMBER);
    }
}
