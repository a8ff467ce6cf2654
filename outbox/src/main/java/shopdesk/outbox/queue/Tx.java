package shopdesk.outbox.queue;

import shopdesk.dal.db.Database;

/** Picks Database.inTransaction's overload explicitly: lambdas with expression bodies match both. */
public final class Tx {
    private Tx() {
    }

    public static <T> T call(Database db, Database.TransactionalWork<T> work) {
        return db.inTransaction(work);
    }

    public static void run(Database db, Database.TransactionalVoidWork work) {
        db.runInTransaction(work);
    }
}
