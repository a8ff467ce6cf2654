package shopdesk.faults;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Random;
import shopdesk.dal.common.Actor;
import shopdesk.dal.dayclose.CountInput;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.user.Role;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.InMemoryTokenStore;

/**
 * A till closing day after day as fast as it can, for the Z-numbering kill scenario: each round puts cash in and
 * closes the day with the X report's expected cash, recording both in its SyncQueue (its outbox never sends).
 * Prints READY, then "Z <number> <business date>" after each Z commits. Args: db-file.
 */
public final class ZReportProcess {
    public static final String SHOP = "33333333-3333-3333-3333-333333333333";
    public static final String DEVICE = "44444444-4444-4444-4444-444444444444";
    public static final String USER = "55555555-5555-5555-5555-555555555555";

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(DatabaseConfig.sqlite(Path.of(args[0]), SchemaContext.TILL))) {
            new ShopSetup(db, clock).ensureShop(SHOP, "Fault Shop");
            new ShopSetup(db, clock).ensureDevice(SHOP, DEVICE, "Z1", "Till Z1");
            Outbox outbox = Outbox.create(db, OutboxConfig.defaults("http://127.0.0.1:1", SHOP, DEVICE), clock, new Random(1),
                    new InMemoryTokenStore());
            CashDrawerService drawer = new CashDrawerService(db, outbox.recorder(), clock, DrawerSettings.DEFAULT);
            DayCloseService days = new DayCloseService(db, outbox.recorder(), clock, ZoneOffset.UTC, DrawerSettings.DEFAULT);
            Actor supervisor = new Actor(USER, Role.SUPERVISOR, SHOP, DEVICE);
            System.out.println("READY");
            System.out.flush();
            for (long round = 1; ; round++) {
                drawer.cashIn(supervisor, 100 + round % 7, "round " + round);
                long expected = days.xReport(supervisor).totals().expectedCash();
                var z = days.closeDay(supervisor, CountInput.ofTotal(expected), null);
                System.out.println("Z " + z.zNumber() + " " + z.businessDate());
                System.out.flush();
            }
        }
    }

    private ZReportProcess() {
    }
}
