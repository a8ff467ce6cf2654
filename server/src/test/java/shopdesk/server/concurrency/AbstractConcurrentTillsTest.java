package shopdesk.server.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.STOCK;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import shopdesk.dal.user.Role;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.ServerApp;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/**
 * Three tills of one shop (and a till of a second shop) push bills concurrently into two server instances on
 * one database; every push is sent twice, to both instances, as if its first response had been lost. Demand
 * exceeds stock, so stock rows are fought over. The shop's legal numbers must be exactly 1..N, no product may
 * go below zero, and stock sold must equal stock taken.
 */
public abstract class AbstractConcurrentTillsTest extends ServerTestBase {
    private static final int BILLS_PER_TILL = 30;
    private ServerApp second;

    /** A second instance on the same database as {@link #server}. */
    protected abstract ServerApp startSecondInstance();

    @AfterAll
    void stopSecond() {
        if (second != null) second.stop();
    }

    private record Till(String deviceId, String userId, TokenResponse login, List<String> products, Random random) {
    }

    @Test
    void threeTillsOnTwoInstancesNeverDuplicateANumberNorOversell() throws Exception {
        if (second == null) second = startSecondInstance();
        List<Api> instances = List.of(api, new Api(second.baseUrl()));
        Shop shop = newShop();
        Shop other = newShop();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 4; i++) products.add(product(shop, "P" + i, 1_000 + i * 250, 500, 40));
        List<String> otherProducts = List.of(product(other, "Q", 700, 0, 1_000));

        List<Till> tills = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            String device = t == 1 ? shop.deviceId() : admin.createDevice(shop.id(), "T" + t, "Till " + t);
            String user = admin.createUser(shop.id(), "till" + t + "-" + System.nanoTime(), "Cashier " + t, PASSWORD, Role.CASHIER);
            String username = server.database().dsl().select(shopdesk.db.Tables.APP_USER.USERNAME).from(shopdesk.db.Tables.APP_USER)
                    .where(shopdesk.db.Tables.APP_USER.ID.eq(user)).fetchOne(shopdesk.db.Tables.APP_USER.USERNAME);
            tills.add(new Till(device, user, api.loginOk(username, PASSWORD, device), products, new Random(t)));
        }
        tills.add(new Till(other.deviceId(), other.cashierId(), other.cashier(), otherProducts, new Random(99)));

        Map<String, EntryResult> firstResults = new ConcurrentHashMap<>();
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < tills.size(); t++) {
            Till till = tills.get(t);
            int firstInstance = t % 2;
            work.add(() -> {
                for (int n = 1; n <= BILLS_PER_TILL; n++) {
                    PushEntry bill = Entries.createBill(Entries.bill(till.deviceId(), till.userId(), n, null, lines(till)));
                    EntryResult first = instances.get((firstInstance + n) % 2)
                            .pushOk(till.login().accessToken(), till.deviceId(), bill).results().get(0);
                    // the response was "lost": the till sends the same entry again, to the other instance
                    EntryResult replay = instances.get((firstInstance + n + 1) % 2)
                            .pushOk(till.login().accessToken(), till.deviceId(), bill).results().get(0);
                    if (first.outcome() == Outcome.APPLIED ? !first.equals(replay) : replay.outcome() != first.outcome()) {
                        mismatches.add(first + " / " + replay);
                    }
                    firstResults.put(bill.requestId(), first);
                }
                return null;
            });
        }
        runTogether(work);

        assertThat(mismatches).isEmpty();
        assertNumbersAreOneToN(shop.id());
        assertNumbersAreOneToN(other.id());
        var db = server.database().dsl();
        assertThat(db.fetchCount(STOCK, STOCK.SHOP_ID.eq(shop.id()), STOCK.QUANTITY.lt(0L))).isZero();
        assertStockIsOpeningMinusSold(shop.id(), products, 40);
        long conflicts = firstResults.values().stream().filter(r -> r.outcome() == Outcome.CONFLICT).count();
        long applied = firstResults.values().stream().filter(r -> r.outcome() == Outcome.APPLIED).count();
        assertThat(conflicts).as("demand exceeded stock, so some bills must have been refused").isPositive();
        assertThat(applied).isEqualTo(db.fetchCount(BILL, BILL.SHOP_ID.in(shop.id(), other.id())));
    }

    /**
     * Batches of new bills are checked and written before the shop's lock: the same batch sent to both instances
     * at the same moment (a retry racing its original) must still apply once, each copy answering the same results,
     * with the numbers gapless and no bill left without one, while other tills' batches and stock shortfalls
     * (which split a batch entry by entry) interleave.
     */
    @Test
    void batchesSentToBothInstancesAtOnceApplyOnce() throws Exception {
        if (second == null) second = startSecondInstance();
        List<Api> instances = List.of(api, new Api(second.baseUrl()));
        Shop shop = newShop();
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 3; i++) products.add(product(shop, "B" + i, 900 + i * 100, 500, 60));
        List<Till> tills = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            String device = t == 1 ? shop.deviceId() : admin.createDevice(shop.id(), "BT" + t, "Till " + t);
            String username = "batch" + t + "-" + System.nanoTime();
            String user = admin.createUser(shop.id(), username, "Cashier " + t, PASSWORD, Role.CASHIER);
            tills.add(new Till(device, user, api.loginOk(username, PASSWORD, device), products, new Random(40 + t)));
        }
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        ExecutorService copiesPool = Executors.newFixedThreadPool(2 * tills.size());
        List<Callable<Void>> work = new ArrayList<>();
        for (Till till : tills) {
            work.add(() -> {
                for (int batch = 0; batch < 8; batch++) {
                    PushEntry[] entries = new PushEntry[5];
                    for (int i = 0; i < entries.length; i++) {
                        entries[i] = Entries.createBill(Entries.bill(till.deviceId(), till.userId(), batch * 5L + i + 1,
                                null, lines(till)));
                    }
                    List<Future<List<EntryResult>>> copies = new ArrayList<>();
                    for (Api instance : instances) {
                        copies.add(copiesPool.submit(() -> instance.pushOk(till.login().accessToken(), till.deviceId(), entries).results()));
                    }
                    List<EntryResult> a = copies.get(0).get();
                    List<EntryResult> b = copies.get(1).get();
                    for (int i = 0; i < entries.length; i++) {
                        boolean applied = a.get(i).outcome() == Outcome.APPLIED || b.get(i).outcome() == Outcome.APPLIED;
                        if (applied ? !a.get(i).equals(b.get(i)) : a.get(i).outcome() != b.get(i).outcome()) {
                            mismatches.add(a.get(i) + " / " + b.get(i));
                        }
                    }
                }
                return null;
            });
        }
        try {
            runTogether(work);
        } finally {
            copiesPool.shutdownNow();
        }
        assertThat(mismatches).isEmpty();
        assertNumbersAreOneToN(shop.id());
        assertStockIsOpeningMinusSold(shop.id(), products, 60);
    }

    private void assertStockIsOpeningMinusSold(String shopId, List<String> products, long opening) {
        var db = server.database().dsl();
        for (String p : products) {
            long sold = db.select(DSL.coalesce(DSL.sum(BILL_ITEM.QUANTITY), java.math.BigDecimal.ZERO)).from(BILL_ITEM)
                    .join(BILL).on(BILL.ID.eq(BILL_ITEM.BILL_ID)).where(BILL_ITEM.PRODUCT_ID.eq(p)).fetchOne(0, Long.class);
            assertThat(admin.stockLevel(shopId, p)).as("stock of " + p).isEqualTo(opening - sold).isGreaterThanOrEqualTo(0);
        }
    }

    /** Runs the tasks on their own threads, released at the same moment; throws the first failure. */
    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                running.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            for (Future<Void> f : running) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Line[] lines(Till till) {
        int n = 1 + till.random().nextInt(3);
        Line[] lines = new Line[n];
        for (int i = 0; i < n; i++) {
            lines[i] = new Line(till.products().get(till.random().nextInt(till.products().size())), 1 + till.random().nextInt(3),
                    1_000, 500);
        }
        return lines;
    }

    private void assertNumbersAreOneToN(String shopId) {
        List<Long> numbers = server.database().dsl().select(BILL_NUMBER.SERVER_NUMBER).from(BILL)
                .leftJoin(BILL_NUMBER).on(BILL_NUMBER.BILL_ID.eq(BILL.ID)).where(BILL.SHOP_ID.eq(shopId))
                .orderBy(BILL_NUMBER.SERVER_NUMBER).fetch(BILL_NUMBER.SERVER_NUMBER);
        assertThat(numbers).isNotEmpty();
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(admin.lastBillNumber(shopId)).isEqualTo(numbers.size());
    }
}
