package shopdesk.server.push;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.AUDIT_LOG;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;
import static shopdesk.db.Tables.CHANGE_FEED;
import static shopdesk.db.Tables.PUSH_RESULT;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.common.Ids;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Json;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.ProtocolVersion;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushRequest;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/** Push over real HTTP: exactly-once effect, conflicts with the server's state, overrides, rejections. */
public abstract class AbstractPushTest extends ServerTestBase {

    private EntryResult pushOne(String token, Shop shop, PushEntry e) {
        PushResponse r = api.pushOk(token, shop.deviceId(), e);
        assertThat(r.results()).hasSize(1);
        return r.results().get(0);
    }

    private long billRows(String shopId) {
        return server.database().dsl().fetchCount(BILL, BILL.SHOP_ID.eq(shopId));
    }

    @Test
    void pushingTheSameRequestTwiceAppliesItOnceAndReturnsTheSameResult() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 12_000, 500, 10);
        PushEntry bill = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 3, 12_000, 500)));

        EntryResult first = pushOne(shop.cashier().accessToken(), shop, bill);
        clock.advance(Duration.ofMinutes(5));
        EntryResult second = pushOne(shop.cashier().accessToken(), shop, bill);

        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(first.applied().serverNumber()).isEqualTo(1L);
        assertThat(second).isEqualTo(first);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(7);
        assertThat(billRows(shop.id())).isEqualTo(1);
        assertThat(admin.lastBillNumber(shop.id())).isEqualTo(1);
    }

    @Test
    void aPushWhoseResponseWasLostIsAppliedOnceWhenRetried() throws Exception {
        Shop shop = newShop();
        String p = product(shop, "SOAP", 4_000, 1_800, 5);
        PushEntry bill = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 2, 4_000, 1_800)));
        byte[] body = Json.gson().toJson(new PushRequest(shop.deviceId(), List.of(bill))).getBytes(StandardCharsets.UTF_8);

        // the till sends the request and its connection dies before it reads any response
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + ProtocolVersion.HEADER + ": " + ProtocolVersion.CURRENT + "\r\n"
                    + "Authorization: Bearer " + shop.cashier().accessToken() + "\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            s.shutdownOutput();
        }
        waitUntil(() -> server.database().dsl().fetchExists(PUSH_RESULT, PUSH_RESULT.REQUEST_ID.eq(bill.requestId())));

        EntryResult retried = pushOne(shop.cashier().accessToken(), shop, bill);

        assertThat(retried.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(retried.applied().serverNumber()).isEqualTo(1L);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(3);
        assertThat(billRows(shop.id())).isEqualTo(1);
    }

    @Test
    void theSameRequestPushedConcurrentlyIsAppliedOnce() throws Exception {
        Shop shop = newShop();
        String p = product(shop, "RICE", 5_000, 0, 100);
        PushEntry bill = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 1, 5_000, 0)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<EntryResult> send = () -> {
                go.await();
                return pushOne(shop.cashier().accessToken(), shop, bill);
            };
            List<Future<EntryResult>> futures = List.of(pool.submit(send), pool.submit(send), pool.submit(send), pool.submit(send));
            go.countDown();
            for (Future<EntryResult> f : futures) {
                assertThat(f.get().outcome()).isEqualTo(Outcome.APPLIED);
                assertThat(f.get().applied().serverNumber()).isEqualTo(1L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(99);
        assertThat(billRows(shop.id())).isEqualTo(1);
    }

    @Test
    void billsGetTheShopsGaplessNumbersAndKeepTheirLocalNumbers() {
        Shop shop = newShop();
        String p = product(shop, "PEN", 1_000, 0, 50);
        for (int i = 1; i <= 3; i++) {
            BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), 100 + i, null, new Line(p, 1, 1_000, 0));
            EntryResult r = pushOne(shop.cashier().accessToken(), shop, Entries.createBill(b));
            assertThat(r.applied().serverNumber()).isEqualTo((long) i);
            assertThat(server.database().dsl().select(BILL.LOCAL_NUMBER).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.LOCAL_NUMBER))
                    .isEqualTo(100L + i);
        }
    }

    @Test
    void aLargeBatchOfNewBillsStoresEveryBillWithTheNumberItsResultGives() {
        Shop shop = newShop();
        String p = product(shop, "PEN", 1_000, 0, 1_000);
        int bills = 230; // more than one numbering statement's 100
        PushEntry[] entries = new PushEntry[bills];
        for (int i = 0; i < bills; i++) {
            entries[i] = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), i + 1, null, new Line(p, 1, 1_000, 0)));
        }
        PushResponse r = api.pushOk(shop.cashier().accessToken(), shop.deviceId(), entries);
        assertThat(r.results()).extracting(EntryResult::outcome).containsOnly(Outcome.APPLIED);
        for (int i = 0; i < bills; i++) {
            assertThat(r.results().get(i).applied().serverNumber()).isEqualTo(i + 1L);
            String id = entries[i].entityId();
            assertThat(server.database().dsl().select(BILL_NUMBER.SERVER_NUMBER).from(BILL_NUMBER).where(BILL_NUMBER.BILL_ID.eq(id))
                    .fetchOne(BILL_NUMBER.SERVER_NUMBER))
                    .as("bill %d as stored", i + 1).isEqualTo(i + 1L);
        }
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(1_000 - bills);
    }

    @Test
    void aReusedLocalNumberOfTheSameTillIsRejectedNotAServerError() {
        Shop shop = newShop();
        String p = product(shop, "PEN", 1_000, 0, 50);
        pushOne(shop.cashier().accessToken(), shop, Entries.createBill(
                Entries.bill(shop.deviceId(), shop.cashierId(), 5, null, new Line(p, 1, 1_000, 0))));
        EntryResult again = pushOne(shop.cashier().accessToken(), shop, Entries.createBill(
                Entries.bill(shop.deviceId(), shop.cashierId(), 5, null, new Line(p, 1, 1_000, 0))));
        assertThat(again.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(again.rejected().code()).isEqualTo(RejectCodes.LOCAL_NUMBER_TAKEN);
        assertThat(admin.lastBillNumber(shop.id())).isEqualTo(1);
    }

    @Test
    void aStaleProductEditIsAVersionConflictCarryingTheServersState() {
        Shop shop = newShop();
        String id = Ids.newId();
        assertThat(pushOne(shop.supervisor().accessToken(), shop, Entries.createProduct(id, "MILK", "Milk 1l", 6_000, 500))
                .applied().version()).isEqualTo(1L);
        EntryResult tillA = pushOne(shop.supervisor().accessToken(), shop, Entries.updateProduct(id, "MILK", "Milk 1 litre", 6_500, 500, 1));
        assertThat(tillA.applied().version()).isEqualTo(2L);

        EntryResult tillB = pushOne(shop.supervisor().accessToken(), shop, Entries.updateProduct(id, "MILK", "Milk", 5_900, 500, 1));

        assertThat(tillB.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(tillB.conflict().kind()).isEqualTo(Conflict.Kind.VERSION);
        assertThat(tillB.conflict().serverVersion()).isEqualTo(2L);
        assertThat(tillB.conflict().serverState().get("name").getAsString()).isEqualTo("Milk 1 litre");
        assertThat(tillB.conflict().serverState().get("unitPrice").getAsLong()).isEqualTo(6_500);
        // a resolution pushes a new entry against the server's version, and that applies
        EntryResult forced = pushOne(shop.supervisor().accessToken(), shop, Entries.updateProduct(id, "MILK", "Milk", 5_900, 500, 2));
        assertThat(forced.applied().version()).isEqualTo(3L);
    }

    @Test
    void aStaleCustomerEditIsAVersionConflict() {
        Shop shop = newShop();
        String id = Ids.newId();
        pushOne(shop.cashier().accessToken(), shop, Entries.createCustomer(id, "Asha", "98450"));
        pushOne(shop.cashier().accessToken(), shop, Entries.updateCustomer(id, "Asha K", "98450", 1));
        EntryResult stale = pushOne(shop.cashier().accessToken(), shop, Entries.updateCustomer(id, "Asha R", "11111", 1));
        assertThat(stale.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(stale.conflict().serverState().get("name").getAsString()).isEqualTo("Asha K");
    }

    @Test
    void anOversoldBillIsAStockConflictWithShortfallsAndChangesNothing() {
        Shop shop = newShop();
        String a = product(shop, "A", 1_000, 0, 2);
        String b = product(shop, "B", 2_000, 0, 10);
        String c = product(shop, "C", 3_000, 0, 0);
        PushEntry bill = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null,
                new Line(a, 3, 1_000, 0), new Line(b, 1, 2_000, 0), new Line(c, 1, 3_000, 0)));

        EntryResult r = pushOne(shop.cashier().accessToken(), shop, bill);

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(r.conflict().kind()).isEqualTo(Conflict.Kind.STOCK);
        assertThat(r.conflict().shortfalls()).extracting(Conflict.Shortfall::productId, Conflict.Shortfall::requested,
                Conflict.Shortfall::available).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(a, 3L, 2L), org.assertj.core.groups.Tuple.tuple(c, 1L, 0L));
        assertThat(admin.stockLevel(shop.id(), a)).isEqualTo(2);
        assertThat(admin.stockLevel(shop.id(), b)).isEqualTo(10);
        assertThat(admin.lastBillNumber(shop.id())).isZero();
        assertThat(billRows(shop.id())).isZero();

        // not stored: once stock arrives, the same request id is re-evaluated and applies
        pushOne(shop.cashier().accessToken(), shop, Entries.receive(a, 5));
        pushOne(shop.cashier().accessToken(), shop, Entries.receive(c, 5));
        EntryResult again = pushOne(shop.cashier().accessToken(), shop, bill);
        assertThat(again.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(again.applied().serverNumber()).isEqualTo(1L);
        assertThat(admin.stockLevel(shop.id(), a)).isEqualTo(4);
    }

    @Test
    void aSupervisorsOverridePushedBySupervisorSellsBeyondStockAndIsAudited() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 30_000, 0, 1);
        BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), 1, shop.supervisorId(), new Line(p, 3, 30_000, 0));

        EntryResult r = pushOne(shop.supervisor().accessToken(), shop, Entries.createBill(b));

        assertThat(r.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(-2);
        assertThat(server.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.SHOP_ID.eq(shop.id()),
                AUDIT_LOG.ACTION.eq(AuditAction.BILL_STOCK_OVERRIDE.code()), AUDIT_LOG.ENTITY_ID.eq(b.id()), AUDIT_LOG.USER_ID.eq(shop.supervisorId())))
                .isEqualTo(1);
    }

    @Test
    void aCashierCannotPushAStockOverride() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 30_000, 0, 1);
        BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), 1, shop.supervisorId(), new Line(p, 3, 30_000, 0));

        EntryResult r = pushOne(shop.cashier().accessToken(), shop, Entries.createBill(b));

        // naming the supervisor without their signed approval is a forged approver (docs/SECURITY.md)
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ACTOR);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(1);
        assertThat(billRows(shop.id())).isZero();
    }

    @Test
    void anOverrideNamingACashierIsNotHonouredEvenFromASupervisorsLogin() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 30_000, 0, 0);
        BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), 1, shop.cashierId(), new Line(p, 1, 30_000, 0));
        EntryResult r = pushOne(shop.supervisor().accessToken(), shop, Entries.createBill(b));
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aBillWhoseTotalsDisagreeIsRejected() {
        Shop shop = newShop();
        String p = product(shop, "OIL", 10_000, 1_200, 5);
        BillPayload good = Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 1, 10_000, 1_200));
        BillPayload bad = new BillPayload(good.id(), good.deviceId(), good.userId(), null, 1, good.localLabel(), good.clientCreatedAt(),
                good.subtotal(), good.taxTotal(), good.total() - 1, good.items(),
                List.of(new BillPayload.Payment(1, "CASH", good.total() - 1, good.total(), null)), null, null, BillStatus.COMPLETED);

        EntryResult r = pushOne(shop.cashier().accessToken(), shop, Entries.createBill(bad));

        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.TOTAL_MISMATCH);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(5);
    }

    @Test
    void aBillSellingAnUnknownProductIsRejectedWithAStableCode() {
        Shop shop = newShop();
        String ghost = Ids.newId();
        EntryResult r = pushOne(shop.cashier().accessToken(), shop, Entries.createBill(
                Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(ghost, 1, 100, 0))));
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.UNKNOWN_PRODUCT);
        assertThat(r.rejected().message()).contains(ghost);
    }

    @Test
    void aBatchIsAppliedEntryByEntryInOrder() {
        Shop shop = newShop();
        String id = Ids.newId();
        PushResponse r = api.pushOk(shop.supervisor().accessToken(), shop.deviceId(),
                Entries.createProduct(id, "JAM", "Jam", 9_000, 500),
                Entries.receive(id, 4),
                Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(id, 5, 9_000, 500))),
                Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(id, 4, 9_000, 500))),
                Entries.adjust(id, -1));
        assertThat(r.results()).extracting(EntryResult::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.CONFLICT, Outcome.APPLIED, Outcome.CONFLICT);
        assertThat(r.results().get(3).applied().serverNumber()).isEqualTo(1L);
        assertThat(admin.stockLevel(shop.id(), id)).isZero();
    }

    @Test
    void aBatchThatAppliesWholeIsStoredEntryByEntryAndItsReplayChangesNothing() {
        Shop shop = newShop();
        String id = Ids.newId();
        PushEntry product = Entries.createProduct(id, "OIL", "Oil", 3_000, 0);
        PushEntry receive = Entries.receive(id, 10);
        PushEntry b1 = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(id, 2, 3_000, 0)));
        PushEntry b2 = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(id, 3, 3_000, 0)));
        int feedBefore = server.database().dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shop.id()));

        PushResponse first = api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), product, receive, b1, b2, b1);
        assertThat(first.results()).extracting(EntryResult::outcome).containsOnly(Outcome.APPLIED);
        assertThat(first.results().get(2).applied().serverNumber()).isEqualTo(1L);
        assertThat(first.results().get(3).applied().serverNumber()).isEqualTo(2L);
        assertThat(first.results().get(4)).as("the same entry twice in a batch is applied once").isEqualTo(first.results().get(2));
        assertThat(server.database().dsl().fetchCount(PUSH_RESULT, PUSH_RESULT.SHOP_ID.eq(shop.id()))).isEqualTo(4);
        // product, bill (b1), the oil's level after b2 (the receive's and b1's levels are superseded in the same
        // transaction), bill (b2): in the order applied
        assertThat(server.database().dsl().select(CHANGE_FEED.ENTITY_TYPE).from(CHANGE_FEED).where(CHANGE_FEED.SHOP_ID.eq(shop.id()))
                .orderBy(CHANGE_FEED.SEQ).fetch(CHANGE_FEED.ENTITY_TYPE).subList(feedBefore, feedBefore + 4))
                .containsExactly("product", "bill", "stock", "bill");

        PushEntry b3 = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 3, null, new Line(id, 1, 3_000, 0)));
        PushResponse again = api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), product, receive, b1, b2, b3);
        assertThat(again.results().subList(0, 4)).isEqualTo(first.results().subList(0, 4));
        assertThat(again.results().get(4).applied().serverNumber()).isEqualTo(3L);
        assertThat(admin.stockLevel(shop.id(), id)).isEqualTo(4);
        assertThat(billRows(shop.id())).isEqualTo(3);
        assertThat(admin.lastBillNumber(shop.id())).isEqualTo(3);
        assertThat(server.database().dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shop.id()))).isEqualTo(feedBefore + 6);
    }

    @Test
    void aBatchOfBillsTakesStockAsIfEachBillHadTakenItInTurn() {
        Shop shop = newShop();
        String a = product(shop, "FLOUR", 2_000, 0, 20);
        String b = product(shop, "SUGAR", 3_000, 500, 20);
        PushEntry b1 = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(a, 2, 2_000, 0)));
        PushEntry b2 = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 2, null,
                new Line(a, 1, 2_000, 0), new Line(b, 3, 3_000, 500), new Line(a, 4, 2_000, 0)));
        PushEntry b3 = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 3, null, new Line(b, 5, 3_000, 500)));
        int feedBefore = server.database().dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shop.id()));
        long versionA = server.database().dsl().select(shopdesk.db.Tables.STOCK.VERSION).from(shopdesk.db.Tables.STOCK)
                .where(shopdesk.db.Tables.STOCK.PRODUCT_ID.eq(a)).fetchOne(shopdesk.db.Tables.STOCK.VERSION);
        long versionB = server.database().dsl().select(shopdesk.db.Tables.STOCK.VERSION).from(shopdesk.db.Tables.STOCK)
                .where(shopdesk.db.Tables.STOCK.PRODUCT_ID.eq(b)).fetchOne(shopdesk.db.Tables.STOCK.VERSION);

        PushResponse r = api.pushOk(shop.cashier().accessToken(), shop.deviceId(), b1, b2, b3, b2);
        assertThat(r.results()).extracting(x -> x.applied().serverNumber()).containsExactly(1L, 2L, 3L, 2L);
        assertThat(admin.stockLevel(shop.id(), a)).isEqualTo(13);
        assertThat(admin.stockLevel(shop.id(), b)).isEqualTo(12);
        // the feed: each bill, and each product's level where the last bill that took it left it (versions one step
        // per bill); the levels in between are superseded within the transaction
        List<String> feed = server.database().dsl().select(CHANGE_FEED.ENTITY_TYPE, CHANGE_FEED.ENTITY_ID, CHANGE_FEED.VERSION,
                        CHANGE_FEED.PAYLOAD).from(CHANGE_FEED).where(CHANGE_FEED.SHOP_ID.eq(shop.id())).orderBy(CHANGE_FEED.SEQ)
                .fetch(x -> x.value1().equals("stock")
                        ? (x.value2().equals(a) ? "A" : "B") + " v" + x.value3() + " q"
                                + com.google.gson.JsonParser.parseString(x.value4()).getAsJsonObject().get("quantity").getAsLong()
                        : x.value1());
        assertThat(feed.subList(feedBefore, feed.size())).containsExactly(
                "bill", "A v" + (versionA + 2) + " q13", "bill", "B v" + (versionB + 2) + " q12", "bill");

        PushResponse again = api.pushOk(shop.cashier().accessToken(), shop.deviceId(), b3, b1, b2);
        assertThat(again.results()).containsExactly(r.results().get(2), r.results().get(0), r.results().get(1));
        assertThat(admin.stockLevel(shop.id(), a)).isEqualTo(13);
    }

    @Test
    void aBatchOfBillsThatOversellsIsAppliedBillByBill() {
        Shop shop = newShop();
        String a = product(shop, "MILK", 1_000, 0, 5);
        PushResponse r = api.pushOk(shop.cashier().accessToken(), shop.deviceId(),
                Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(a, 3, 1_000, 0))),
                Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(a, 3, 1_000, 0))),
                Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 3, null, new Line(a, 2, 1_000, 0))));
        assertThat(r.results()).extracting(EntryResult::outcome).containsExactly(Outcome.APPLIED, Outcome.CONFLICT, Outcome.APPLIED);
        assertThat(r.results().get(2).applied().serverNumber()).isEqualTo(2L);
        assertThat(admin.stockLevel(shop.id(), a)).isZero();
        assertThat(admin.lastBillNumber(shop.id())).isEqualTo(2);
    }

    @Test
    void withinOneBatchAReusedLocalNumberIsRejectedAndAVoidSeesTheBillBeforeIt() {
        Shop shop = newShop();
        String p = product(shop, "CUP", 1_000, 0, 50);
        BillPayload first = Entries.bill(shop.deviceId(), shop.cashierId(), 7, null, new Line(p, 1, 1_000, 0));
        BillPayload sameNumber = Entries.bill(shop.deviceId(), shop.cashierId(), 7, null, new Line(p, 2, 1_000, 0));
        BillPayload third = Entries.bill(shop.deviceId(), shop.cashierId(), 8, null, new Line(p, 3, 1_000, 0));
        PushResponse r = api.pushOk(shop.cashier().accessToken(), shop.deviceId(),
                Entries.createBill(first), Entries.createBill(sameNumber), Entries.createBill(third));
        assertThat(r.results()).extracting(EntryResult::outcome).containsExactly(Outcome.APPLIED, Outcome.REJECTED, Outcome.APPLIED);
        assertThat(r.results().get(1).rejected().code()).isEqualTo(RejectCodes.LOCAL_NUMBER_TAKEN);
        assertThat(r.results().get(2).applied().serverNumber()).isEqualTo(2L);

        BillPayload fourth = Entries.bill(shop.deviceId(), shop.cashierId(), 9, null, new Line(p, 4, 1_000, 0));
        PushResponse v = api.pushOk(shop.supervisor().accessToken(), shop.deviceId(),
                Entries.createBill(fourth), Entries.voidBill(fourth.id(), "wrong till", shop.supervisorId()));
        assertThat(v.results()).extracting(EntryResult::outcome).containsExactly(Outcome.APPLIED, Outcome.APPLIED);
        assertThat(v.results().get(1).applied().serverNumber()).isEqualTo(3L);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(50 - 1 - 3);
        assertThat(admin.lastBillNumber(shop.id())).isEqualTo(3);
    }

    @Test
    void voidingABillRestoresItsStockAndKeepsItsNumber() {
        Shop shop = newShop();
        String p = product(shop, "BREAD", 4_500, 0, 10);
        BillPayload b = Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 4, 4_500, 0));
        pushOne(shop.cashier().accessToken(), shop, Entries.createBill(b));
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(6);

        EntryResult v = pushOne(shop.supervisor().accessToken(), shop, Entries.voidBill(b.id(), "customer returned", shop.supervisorId()));
        EntryResult again = pushOne(shop.supervisor().accessToken(), shop, Entries.voidBill(b.id(), "twice", shop.supervisorId()));

        assertThat(v.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(v.applied().serverNumber()).isEqualTo(1L);
        assertThat(v.applied().version()).isEqualTo(2L);
        assertThat(again.rejected().code()).isEqualTo(RejectCodes.INVALID_STATE);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(10);
        assertThat(server.database().dsl().select(BILL.STATUS).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.STATUS))
                .isEqualTo("VOIDED");
    }

    @Test
    void everyAppliedMutationWritesTheFeedInItsOwnTransactionAndRefusalsWriteNothing() {
        Shop shop = newShop();
        String p = product(shop, "SALT", 2_000, 0, 1);
        int before = server.database().dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shop.id()));
        pushOne(shop.cashier().accessToken(), shop, Entries.createBill(
                Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 2, 2_000, 0))));
        assertThat(server.database().dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shop.id()))).isEqualTo(before);
        pushOne(shop.cashier().accessToken(), shop, Entries.createBill(
                Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(p, 1, 2_000, 0))));
        assertThat(server.database().dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.SHOP_ID.eq(shop.id()))).isEqualTo(before + 2);
    }

    @Test
    void anUnknownActionOrNewerPayloadVersionIsRejectedNotFailed() {
        Shop shop = newShop();
        PushEntry odd = Entries.entry("TELEPORT_STOCK", "stock", Ids.newId(), new Object(), null);
        PushEntry future = Entries.createProduct(Ids.newId(), "X", "X", 1, 0);
        future = new PushEntry(future.requestId(), future.streamKey(), 1, future.entityType(), future.entityId(), future.action(),
                99, future.payload(), null, null, 0);
        PushResponse r = api.pushOk(shop.cashier().accessToken(), shop.deviceId(), odd, future);
        assertThat(r.results()).extracting(e -> e.rejected().code())
                .containsExactly(RejectCodes.UNKNOWN_ACTION, RejectCodes.UNSUPPORTED_PAYLOAD_VERSION);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("condition not met within 20 s");
            Thread.sleep(20);
        }
    }
}
