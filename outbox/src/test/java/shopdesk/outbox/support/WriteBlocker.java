package shopdesk.outbox.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;

/**
 * Makes the till's database refuse to give one bill a legal number, on every dialect: an answer the till cannot
 * record for a reason no repair can fix (a full disk, a damaged page), unlike a number the server gave away.
 */
public final class WriteBlocker {
    public static final String MESSAGE = "the disk refused the write";
    private static volatile String blockedBillId;

    private WriteBlocker() {
    }

    public static void blockNumbering(Database db, Dialect dialect, String billId) {
        blockedBillId = billId;
        switch (dialect) {
            case SQLITE -> db.dsl().execute("create trigger block_numbering before update of \"server_number\" on \"bill\" "
                    + "when NEW.\"id\" = '" + billId + "' and NEW.\"server_number\" is not null "
                    + "begin select raise(abort, '" + MESSAGE + "'); end");
            case H2 -> db.dsl().execute("create trigger \"block_numbering\" before update on \"bill\" for each row call '"
                    + H2Blocker.class.getName() + "'");
            case POSTGRES -> {
                db.dsl().execute("create function block_numbering() returns trigger as $$ begin "
                        + "if NEW.id = '" + billId + "' and NEW.server_number is not null then raise exception '"
                        + MESSAGE + "'; end if; return NEW; end $$ language plpgsql");
                db.dsl().execute("create trigger block_numbering before update on \"bill\" for each row "
                        + "execute function block_numbering()");
            }
        }
    }

    /** H2 triggers are Java classes. Columns: id is the first, server_number the eighth (001-core.yaml). */
    public static final class H2Blocker implements Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            if (newRow != null && newRow[0].equals(blockedBillId) && newRow[7] != null) throw new SQLException(MESSAGE);
        }
    }
}
