package shopdesk.faults.support;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.STOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shopdesk.dal.db.Database;

/**
 * The invariants every scenario ends with: each bill a till committed is on the server once (no loss, no
 * duplicate), the shop's legal numbers are 1..N with no gap, and stock on the server is the opening stock
 * minus what its bills sold, and equals the tills' stock once they have pulled.
 */
public final class Ledger {
    private Ledger() {
    }

    public record Counts(String scenario, long billsWritten, long kills, long faults, long duplicates, long lost,
                         long gaps, long stockMismatches) {
        public String line() {
            return String.format("%-28s bills written=%d kills=%d faults injected=%d duplicates=%d lost=%d "
                    + "number gaps=%d stock mismatches=%d", scenario, billsWritten, kills, faults, duplicates, lost,
                    gaps, stockMismatches);
        }

        public boolean clean() {
            return duplicates == 0 && lost == 0 && gaps == 0 && stockMismatches == 0;
        }
    }

    /** Checks the server against the tills' own databases and prints (and files) the counts. */
    public static Counts check(String scenario, Cloud cloud, Collection<Database> tills, Collection<String> reportedCommits,
                               long kills, long faults) {
        Database server = cloud.server.database();
        Map<String, Integer> onServer = new HashMap<>();
        server.dsl().select(BILL.ID).from(BILL).where(BILL.SHOP_ID.eq(cloud.shopId)).fetch(BILL.ID)
                .forEach(id -> onServer.merge(id, 1, Integer::sum));
        List<Long> numbers = server.dsl().select(BILL_NUMBER.SERVER_NUMBER).from(BILL)
                .leftJoin(BILL_NUMBER).on(BILL_NUMBER.BILL_ID.eq(BILL.ID)).where(BILL.SHOP_ID.eq(cloud.shopId))
                .orderBy(BILL_NUMBER.SERVER_NUMBER).fetch(BILL_NUMBER.SERVER_NUMBER);
        Set<String> committed = new HashSet<>(reportedCommits);
        for (Database t : tills) committed.addAll(t.dsl().select(BILL.ID).from(BILL).fetch(BILL.ID));

        long duplicates = onServer.values().stream().filter(n -> n > 1).count()
                + (numbers.size() - new HashSet<>(numbers).size());
        long lost = committed.stream().filter(id -> !onServer.containsKey(id)).count();
        long gaps = 0;
        for (int i = 0; i < numbers.size(); i++) if (numbers.get(i) == null || numbers.get(i) != i + 1) gaps++;

        long mismatches = 0;
        for (String product : cloud.productIds) {
            long sold = server.dsl().select(BILL_ITEM.QUANTITY.sum()).from(BILL_ITEM).join(BILL).on(BILL.ID.eq(BILL_ITEM.BILL_ID))
                    .where(BILL.SHOP_ID.eq(cloud.shopId)).and(BILL.STATUS.eq("COMPLETED")).and(BILL_ITEM.PRODUCT_ID.eq(product))
                    .fetchOptional(0, java.math.BigDecimal.class).map(java.math.BigDecimal::longValue).orElse(0L);
            long serverStock = stock(server, product);
            if (serverStock != Cloud.OPENING_STOCK - sold) {
                mismatches++;
                System.out.println("FAULT-SUITE stock of " + product + " on the server " + serverStock + ", bills sold " + sold);
            }
            for (Database t : tills) {
                if (stock(t, product) != serverStock) {
                    mismatches++;
                    System.out.println("FAULT-SUITE stock of " + product + " on a till " + stock(t, product) + ", server " + serverStock);
                }
            }
        }
        Counts counts = new Counts(scenario, committed.size(), kills, faults, duplicates, lost, gaps, mismatches);
        report(counts.line());
        return counts;
    }

    /**
     * Bills whose legal number the till recorded from the server's answer, but which the server does not hold under
     * that number (lost, or the number given to another bill); each is printed.
     */
    public static long acknowledgedNumbersNotKept(Cloud cloud, Database till) {
        Map<String, Long> onServer = new HashMap<>();
        cloud.server.database().dsl().select(BILL_NUMBER.BILL_ID, BILL_NUMBER.SERVER_NUMBER).from(BILL_NUMBER)
                .where(BILL_NUMBER.SHOP_ID.eq(cloud.shopId)).forEach(r -> onServer.put(r.value1(), r.value2()));
        long notKept = 0;
        for (var r : till.dsl().select(BILL.ID, BILL.SERVER_NUMBER).from(BILL).where(BILL.SERVER_NUMBER.isNotNull()).fetch()) {
            if (!r.value2().equals(onServer.get(r.value1()))) {
                notKept++;
                System.out.println("FAULT-SUITE bill " + r.value1() + " acknowledged as number " + r.value2()
                        + ", the server holds it as " + onServer.get(r.value1()));
            }
        }
        return notKept;
    }

    private static long stock(Database db, String product) {
        return db.dsl().select(STOCK.QUANTITY).from(STOCK).where(STOCK.PRODUCT_ID.eq(product)).fetchOptional(STOCK.QUANTITY).orElse(0L);
    }

    /** Prints a scenario's line and appends it to target/fault-report.txt. */
    public static void report(String line) {
        System.out.println("FAULT-SUITE " + line);
        try {
            Path file = Path.of("target", "fault-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (Exception ignored) {
            // the console line is the record that matters
        }
    }
}
