package shopdesk.dal.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.user.Role;

/** A separate JVM that appends bills to a SQLite file: args = file, count, shop, device, user, product, price. */
public final class BillWriterProcess {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Actor cashier = new Actor(args[4], Role.CASHIER, args[2], args[3]);
        try (Database db = Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL))) {
            BillService bills = new BillService(db, ChangeRecorder.NONE, Clock.systemUTC());
            long price = Long.parseLong(args[6]);
            for (int i = 0; i < count; i++) {
                bills.create(cashier, new BillDraft(null, List.of(new BillDraft.Line(args[5], 1)),
                        List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, price)), null));
            }
        }
        System.out.println("wrote " + count);
    }
}
