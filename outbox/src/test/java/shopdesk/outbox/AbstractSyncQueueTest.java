package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.change.Change;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.outbox.health.SyncHealth;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.support.OutboxTestBase;
import shopdesk.outbox.support.StubCloud;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.payload.Payloads;

/** The SyncQueue's own guarantees on one engine: atomic append, per-stream order, isolation of a bad stream, leases. */
public abstract class AbstractSyncQueueTest extends OutboxTestBase {

    @Test
    void syncMetaKeepsTheLatestValueOfEachName() {
        db.runInTransaction(tx -> {
            shopdesk.outbox.queue.SyncMeta.put(tx, "t.a", "1");
            shopdesk.outbox.queue.SyncMeta.put(tx, "t.b", "x");
            shopdesk.outbox.queue.SyncMeta.put(tx, "t.a", "2");
        });
        db.runInTransaction(tx -> shopdesk.outbox.queue.SyncMeta.put(tx, "t.a", "3"));
        Long a = db.<Long>inTransaction(tx -> shopdesk.outbox.queue.SyncMeta.getLong(tx, "t.a"));
        String b = db.<String>inTransaction(tx -> shopdesk.outbox.queue.SyncMeta.get(tx, "t.b"));
        assertThat(a).isEqualTo(3L);
        assertThat(b).isEqualTo("x");
    }

    @Test
    void aBillOfManyProductsCreatedOfflineIsQueuedWithEveryDependency() {
        List<shopdesk.dal.bill.BillDraft.Line> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 40; i++) {
            Product p = newProduct("MANY-" + i);
            lines.add(new shopdesk.dal.bill.BillDraft.Line(p.id(), 1));
            total += shopdesk.dal.bill.BillCalculator.line(
                    new shopdesk.dal.bill.BillCalculator.Line(1, p.unitPrice(), p.taxRateBp())).total();
        }
        Bill b = bills.create(cashier, new shopdesk.dal.bill.BillDraft(null, lines,
                List.of(shopdesk.dal.bill.BillDraft.PaymentDraft.exact(shopdesk.dal.bill.PaymentMethod.CASH, total)), null));
        QueuedEntry e = all().stream().filter(q -> q.entityId().equals(b.id())).findFirst().orElseThrow();
        assertThat(e.dependsOn()).as("one product stream per line, over 1,000 characters").hasSize(40);
    }

    @Test
    void appendIsRolledBackWithItsTransaction() {
        assertThatThrownBy(() -> db.runInTransaction(tx -> {
            outbox.recorder().record(tx, change("product:x", "{}"));
            throw new IllegalStateException("the sale failed after recording");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.dsl().fetchCount(SYNC_QUEUE)).isZero();

        Bill bill = sell(product.id(), 2);
        assertThat(all()).singleElement().satisfies(e -> {
            assertThat(e.streamKey()).isEqualTo("bill:" + bill.id());
            assertThat(e.streamSeq()).isEqualTo(1);
            assertThat(e.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(e.dependsOn()).containsExactly("product:" + product.id());
            assertThat(e.createdAt()).isEqualTo(T0);
        });
    }

    @Test
    void aFailingServiceCallLeavesNoEntryBehind() {
        assertThatThrownBy(() -> products.create(supervisor, new ProductDraft("SKU-1", null, "Duplicate SKU", 1, 0, 0)))
                .isInstanceOf(shopdesk.dal.error.DuplicateException.class);
        assertThat(db.dsl().fetchCount(SYNC_QUEUE)).isZero();
    }

    @Test
    void entriesOfAStreamAreNumberedAndSentStrictlyInOrder() {
        Product p = newProduct("SKU-2");
        Product v2 = products.update(supervisor, p.id(), 1, draft(p, "Second name"));
        products.update(supervisor, p.id(), v2.version(), draft(p, "Third name"));
        assertThat(all()).extracting(QueuedEntry::streamSeq).containsExactly(1L, 2L, 3L);

        // one entry of a stream per batch: the next goes only after the previous is DONE
        for (int i = 0; i < 3; i++) assertThat(outbox.pushOnce().claimed()).isEqualTo(1);
        assertThat(outbox.pushOnce().claimed()).isZero();
        assertThat(cloud.pushedEntries()).extracting(PushEntry::streamSeq).containsExactly(1L, 2L, 3L);
        assertThat(cloud.pushedEntries()).extracting(PushEntry::baseVersion).containsExactly(null, 1L, 2L);
        assertThat(all()).extracting(QueuedEntry::state).containsOnly(DeliveryState.DONE);
    }

    @Test
    void aPoisonedStreamHoldsBackOnlyItselfAndItsDependents() {
        Product bad = newProduct("SKU-BAD");
        Product good = newProduct("SKU-GOOD");
        Bill onBad = sell(bad.id(), 1);
        Bill onGood = sell(good.id(), 1);
        products.update(supervisor, bad.id(), 1, draft(bad, "Renamed"));
        cloud.onPush(r -> StubCloud.Reply.json(200, new PushResponse(r.entries().stream().map(e -> e.entityId().equals(bad.id())
                ? EntryResult.rejected(e.requestId(), "VALIDATION", "bad product")
                : cloud.applied(e)).toList(), StubCloud.SERVER_TIME)));

        while (outbox.pushOnce().claimed() > 0) {
            // drain everything that can go
        }
        List<QueuedEntry> entries = all();
        assertThat(entries).filteredOn(e -> e.streamKey().equals("product:" + bad.id()))
                .extracting(QueuedEntry::state).containsExactly(DeliveryState.FAILED, DeliveryState.PENDING);
        assertThat(entries).filteredOn(e -> e.entityId().equals(onBad.id()))
                .extracting(QueuedEntry::state).containsExactly(DeliveryState.PENDING);
        assertThat(entries).filteredOn(e -> e.entityId().equals(good.id()) || e.entityId().equals(onGood.id()))
                .extracting(QueuedEntry::state).containsOnly(DeliveryState.DONE);
        assertThat(outbox.view().entry(entries.stream().filter(e -> e.entityId().equals(onBad.id())).findFirst().orElseThrow().seq()).orElseThrow().blockedBy()).isNotEmpty();
        assertThat(db.dsl().select(BILL.SERVER_NUMBER).from(BILL).where(BILL.ID.eq(onGood.id())).fetchOne(BILL.SERVER_NUMBER)).isEqualTo(1L);
        assertThat(db.dsl().select(BILL.SYNC_STATE).from(BILL).where(BILL.ID.eq(onBad.id())).fetchOne(BILL.SYNC_STATE)).isEqualTo("PENDING");
    }

    @Test
    void anExpiredLeaseMakesAnInFlightEntryDueAgain() {
        sell(product.id(), 1);
        var store = outbox.store();
        List<QueuedEntry> claimed = store.claim(clock.millis(), 10, 10_000, Set.of(), false);
        assertThat(claimed).singleElement().extracting(QueuedEntry::state).isEqualTo(DeliveryState.IN_FLIGHT);
        // the worker "crashed" here: nothing is claimable while the lease runs
        assertThat(store.claim(clock.millis(), 10, 10_000, Set.of(), false)).isEmpty();
        assertThat(store.nextDueAt(clock.millis())).isEqualTo(T0 + 10_000);
        clock.advance(10_001);
        List<QueuedEntry> again = store.claim(clock.millis(), 10, 10_000, Set.of(), false);
        assertThat(again).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(claimed.get(0).seq());
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.leaseUntil()).isEqualTo(clock.millis() + 10_000);
        });
    }

    @Test
    void retryWaitsAreExponentialJitteredAndNotDueEarly() {
        sell(product.id(), 1);
        long seq = lastSeq();
        cloud.onPush(r -> StubCloud.Reply.json(503, "{\"code\":\"DOWN\",\"message\":\"maintenance\"}"));
        List<Long> waits = new ArrayList<>();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(outbox.pushOnce().claimed()).isEqualTo(1);
            QueuedEntry e = entry(seq);
            assertThat(e.state()).isEqualTo(DeliveryState.RETRY_WAIT);
            assertThat(e.failures()).isEqualTo(failure);
            long wait = e.nextAttemptAt() - clock.millis();
            assertThat(wait).isBetween(0L, 1_000L << (failure - 1));
            waits.add(wait);
            if (wait > 0) {
                clock.advance(wait - 1);
                assertThat(outbox.pushOnce().claimed()).as("not due before its time").isZero();
                clock.advance(1);
            }
        }
        assertThat(Set.copyOf(waits)).as("jittered").hasSizeGreaterThan(1);
        assertThat(entry(seq).lastError()).contains("maintenance");
        outbox.pushOnce(); // fifth failure = sync.max-retryable-failures
        assertThat(entry(seq).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(entry(seq).lastError()).startsWith("Gave up after 5");
        assertThat(outbox.view().entry(seq).orElseThrow().attempts()).hasSize(5)
                .allSatisfy(a -> assertThat(a.httpStatus()).isEqualTo(503));
    }

    @Test
    void anAppliedBillCarriesItsServerNumberAndTime() {
        Bill b = sell(product.id(), 3);
        outbox.pushOnce();
        var row = db.dsl().selectFrom(BILL).where(BILL.ID.eq(b.id())).fetchOne();
        assertThat(row.getServerNumber()).isEqualTo(1L);
        assertThat(row.getServerCreatedAt()).isEqualTo(StubCloud.SERVER_TIME);
        assertThat(row.getSyncState()).isEqualTo("SYNCED");
        assertThat(outbox.health().lastPushAt()).isEqualTo(StubCloud.SERVER_TIME);
    }

    @Test
    void healthCountsStatesAndTellsListenersOfChanges() {
        List<SyncHealth> seen = new CopyOnWriteArrayList<>();
        outbox.addListener(seen::add);
        sell(product.id(), 1);
        sell(product.id(), 1);
        clock.advance(5_000);
        SyncHealth h = outbox.health();
        assertThat(h.count(DeliveryState.PENDING)).isEqualTo(2);
        assertThat(h.undelivered()).isEqualTo(2);
        assertThat(h.oldestPendingAgeMs()).isEqualTo(5_000);
        assertThat(h.lastPushAt()).isNull();
        outbox.start(); // the worker delivers and refreshes the health for listeners
        await(() -> !seen.isEmpty() && seen.get(seen.size() - 1).count(DeliveryState.DONE) == 2);
        assertThat(outbox.health().oldestPendingAgeMs()).isNull();
    }

    @Test
    void theWorkerWakesOnEveryLocalCommitWhileOnline() {
        outbox.start();
        await(() -> outbox.health().online());
        for (int i = 0; i < 5; i++) sell(product.id(), 1);
        await(() -> outbox.health().count(DeliveryState.DONE) == 5);
        assertThat(db.dsl().fetchCount(BILL, BILL.SERVER_NUMBER.isNotNull())).isEqualTo(5);
    }

    @Test
    void drainDeliversEverythingAndReportsProgress() {
        for (int i = 0; i < 7; i++) newProduct("D-" + i);
        List<int[]> progress = new CopyOnWriteArrayList<>();
        useOutbox(config(cloud.url()).withBatchSize(3));
        DrainResult r = outbox.drain(Duration.ofSeconds(20), (sent, total) -> progress.add(new int[] {sent, total}));
        assertThat(r.total()).isEqualTo(7);
        assertThat(r.sent()).isEqualTo(7);
        assertThat(r.remaining()).isZero();
        assertThat(r.complete()).isTrue();
        assertThat(progress).extracting(p -> p[0]).containsExactly(0, 3, 6, 7);
    }

    /**
     * The stub cloud applies every push after 30 ms (time for a second request to overlap, if a client sent one);
     * returns the most requests it saw on the wire at once.
     */
    private java.util.concurrent.atomic.AtomicInteger answerSlowlyCountingOverlaps() {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        cloud.onPush(r -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return cloud.applyAll(r);
        });
        return most;
    }

    @Test
    void drainSendsOneRequestAtATimeAndKeepsStreamsAndDependenciesInOrder() {
        Product p = newProduct("PIPE-1");
        Product v = p;
        for (int i = 0; i < 3; i++) {
            v = products.update(supervisor, p.id(), v.version(), new ProductDraft("PIPE-1", null, "Renamed " + i, 1_000, 0, 0));
        }
        for (int i = 0; i < 4; i++) sell(p.id(), 1);
        for (int i = 0; i < 4; i++) newProduct("OTHER-" + i);
        java.util.concurrent.atomic.AtomicInteger mostInFlight = answerSlowlyCountingOverlaps();
        useOutbox(config(cloud.url()).withBatchSize(2));

        DrainResult r = outbox.drain(Duration.ofSeconds(30), DrainProgressListener.NONE);

        assertThat(r.complete()).isTrue();
        assertThat(r.sent()).isEqualTo(12);
        assertThat(mostInFlight.get()).as("requests on the wire at once").isEqualTo(1);
        List<PushEntry> sent = cloud.pushedEntries();
        assertThat(sent).extracting(PushEntry::requestId).doesNotHaveDuplicates().hasSize(12);
        List<Integer> productAt = new ArrayList<>();
        List<Integer> billsAt = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).entityId().equals(p.id())) productAt.add(i);
            if (sent.get(i).action().equals("CREATE_BILL")) billsAt.add(i);
        }
        assertThat(productAt.stream().map(i -> sent.get(i).streamSeq()).toList()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(billsAt).hasSize(4).allMatch(i -> i > productAt.get(3), "after the product's last entry");
    }

    @Test
    void theWorkerPushesABacklogThroughThePipelineOneRequestAtATime() {
        for (int i = 0; i < 9; i++) newProduct("BACKLOG-" + i);
        java.util.concurrent.atomic.AtomicInteger mostInFlight = answerSlowlyCountingOverlaps();
        useOutbox(config(cloud.url()).withBatchSize(2));
        outbox.start();
        await(() -> outbox.health().count(DeliveryState.DONE) == 9);
        assertThat(mostInFlight.get()).as("requests on the wire at once").isEqualTo(1);
        assertThat(cloud.pushedEntries()).extracting(PushEntry::requestId).doesNotHaveDuplicates().hasSize(9);
        assertThat(cloud.pushes()).hasSize(5);
    }

    @Test
    void aStopGivesBackTheBatchClaimedBehindTheOneOnTheWireUntouched() {
        for (int i = 0; i < 4; i++) newProduct("STOP-" + i);
        cloud.onPush(r -> {
            try {
                Thread.sleep(100); // the drain claims the next batch meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubCloud.Reply.json(426, "{\"code\":\"UPDATE_REQUIRED\",\"message\":\"Update ShopDesk\"}");
        });
        useOutbox(config(cloud.url()).withBatchSize(2));

        DrainResult r = outbox.drain(Duration.ofSeconds(10), DrainProgressListener.NONE);

        assertThat(cloud.pushes()).hasSize(1);
        assertThat(r.remaining()).isEqualTo(4);
        assertThat(all()).extracting(QueuedEntry::state).containsOnly(DeliveryState.PENDING);
        assertThat(all()).extracting(QueuedEntry::attempts).containsOnly(0);
    }

    @Test
    void drainStopsAtAnUnreachableCloudAndKeepsEverything() {
        useOutbox(config("http://127.0.0.1:1"));
        sell(product.id(), 1);
        DrainResult r = outbox.drain(Duration.ofSeconds(10), DrainProgressListener.NONE);
        assertThat(r.unreachable()).isTrue();
        assertThat(r.remaining()).isEqualTo(1);
        assertThat(state(lastSeq())).isEqualTo(DeliveryState.PENDING);
        assertThat(outbox.health().online()).isFalse();
    }

    @Test
    void purgeDeletesOnlyOldDeliveredEntries() {
        sell(product.id(), 1);
        outbox.pushOnce();
        cloud.onPush(r -> StubCloud.Reply.json(422, "{\"code\":\"VALIDATION\",\"message\":\"no\"}"));
        sell(product.id(), 1);
        outbox.pushOnce();
        sell(product.id(), 1);
        clock.advance(31L * 86_400_000);
        assertThat(outbox.purgeDone()).isEqualTo(1);
        assertThat(all()).extracting(QueuedEntry::state).containsExactly(DeliveryState.FAILED, DeliveryState.PENDING);
    }

    @Test
    void anOldPayloadIsMigratedWhenSentAndAFutureOneIsParked() {
        var migrations = new shopdesk.outbox.migration.PayloadMigrations(2, List.of(new shopdesk.outbox.migration.PayloadMigrator() {
            public int fromVersion() {
                return 1;
            }

            public com.google.gson.JsonObject migrate(String action, com.google.gson.JsonObject payload) {
                payload.addProperty("migrated", true);
                return payload;
            }
        }));
        outbox.close();
        outbox = Outbox.create(db, config(cloud.url()), clock, new java.util.Random(1), new shopdesk.outbox.cloud.InMemoryTokenStore(), migrations);
        db.runInTransaction(tx -> {
            outbox.recorder().record(tx, change("product:old", "{\"name\":\"v1 shape\"}"));
            outbox.recorder().record(tx, new Change("product:future", "product", "future", "UPDATE_PRODUCT", "{}", 3, 1L, null, List.of()));
        });
        outbox.pushOnce();
        assertThat(cloud.pushedEntries()).singleElement().satisfies(e -> {
            assertThat(e.payloadVersion()).isEqualTo(2);
            assertThat(e.payload().get("migrated").getAsBoolean()).isTrue();
        });
        QueuedEntry future = all().get(1);
        assertThat(future.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(future.lastError()).contains("newer ShopDesk");
        assertThat(all().get(0).payload()).as("the stored entry is never edited").doesNotContain("migrated");
    }

    // ---- helpers ----

    protected static Change change(String stream, String payload) {
        String[] p = stream.split(":");
        return new Change(stream, p[0], p[1], "UPDATE_PRODUCT", payload, Payloads.VERSION, 1L, null, List.of());
    }

    protected static ProductDraft draft(Product p, String name) {
        return new ProductDraft(p.sku(), p.barcode(), name, p.unitPrice(), p.taxRateBp(), p.lowStockLevel());
    }

    protected static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 20 s");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

}
