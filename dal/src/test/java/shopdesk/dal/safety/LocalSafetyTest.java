package shopdesk.dal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.product.Product;
import shopdesk.dal.testing.TillFixture;

/** The till's SQLite file: integrity check at start-up, verified backups with retention, restore, a full disk. */
class LocalSafetyTest {
    @TempDir Path dir;

    private static void sell(TillFixture till, Product p, int count) {
        BillService bills = new BillService(till.db, ChangeRecorder.NONE, till.clock);
        for (int i = 0; i < count; i++) {
            bills.create(till.cashier, new BillDraft(null, List.of(new BillDraft.Line(p.id(), 1)),
                    List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, p.unitPrice())), null));
        }
    }

    /** Writes a queue entry straight into the tables, in the given delivery state. */
    private static void queueEntry(Database db, String requestId, String state) {
        db.runInTransaction(tx -> {
            long seq = tx.insertInto(SYNC_QUEUE).set(SYNC_QUEUE.REQUEST_ID, requestId).set(SYNC_QUEUE.STREAM_KEY, "bill:" + requestId)
                    .set(SYNC_QUEUE.STREAM_SEQ, 1L).set(SYNC_QUEUE.ENTITY_TYPE, "bill").set(SYNC_QUEUE.ENTITY_ID, requestId)
                    .set(SYNC_QUEUE.ACTION, "CREATE_BILL").set(SYNC_QUEUE.PAYLOAD, "{}").set(SYNC_QUEUE.PAYLOAD_VERSION, 1)
                    .set(SYNC_QUEUE.CREATED_AT, 1L).returningResult(SYNC_QUEUE.SEQ).fetchOne().value1();
            tx.insertInto(SYNC_DELIVERY).set(SYNC_DELIVERY.SEQ, seq).set(SYNC_DELIVERY.STATE, state)
                    .set(SYNC_DELIVERY.NEXT_ATTEMPT_AT, 0L).set(SYNC_DELIVERY.UPDATED_AT, 1L).execute();
        });
    }

    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[(int) (raf.length() / 2)];
            new Random(7).nextBytes(junk);
            raf.seek(4096 * 2);
            raf.write(junk);
        }
    }

    @Test
    void aHealthyFileChecksOkAndGarbageIsCalledDamaged() throws Exception {
        Path file;
        try (TillFixture till = new TillFixture(Dialect.SQLITE, dir)) {
            file = till.db.config().sqliteFile();
        }
        assertThat(IntegrityCheck.quickCheck(file).ok()).isTrue();
        assertThat(IntegrityCheck.quickCheck(dir.resolve("none.db")).status()).isEqualTo(IntegrityReport.Status.MISSING);
        Path garbage = dir.resolve("garbage.db");
        Files.write(garbage, new byte[8192]);
        Files.writeString(garbage, "this is not a database at all, just text that a broken disk left behind".repeat(100));
        assertThat(IntegrityCheck.quickCheck(garbage).status()).isEqualTo(IntegrityReport.Status.CORRUPT);
    }

    @Test
    void aDamagedTillIsRestoredFromTheNewestGoodBackupAndDoneEntriesStayDone() throws Exception {
        Path backups = dir.resolve("backups");
        DatabaseConfig cfg;
        BackupStore store;
        try (TillFixture till = new TillFixture(Dialect.SQLITE, dir)) {
            cfg = till.db.config();
            store = new BackupStore(backups, Duration.ofDays(7), till.clock);
            Product p = till.product("SOAP", 3_000, 0, 1_000);
            sell(till, p, 20);
            queueEntry(till.db, "req-done", "DONE");
            queueEntry(till.db, "req-pending", "PENDING");
            till.clock.advance(1000);
            store.backup(till.db);
            till.clock.advance(1000);
            Path older = store.list().get(0).file();
            sell(till, p, 5);
            store.backup(till.db);
            damage(store.list().get(0).file()); // the newest backup is bad: the older one must be chosen
            assertThat(store.newestGood().orElseThrow().file()).isEqualTo(older);
        }
        damage(cfg.sqliteFile());
        assertThat(IntegrityCheck.quickCheck(cfg.sqliteFile()).status()).isEqualTo(IntegrityReport.Status.CORRUPT);

        assertThatThrownBy(() -> SafeTillOpener.open(cfg, store, RestoreDecision.NEVER))
                .isInstanceOf(DamagedDatabaseException.class).hasMessageContaining("damaged");
        var opened = SafeTillOpener.open(cfg, store, RestoreDecision.ALWAYS);
        try (Database db = opened.database()) {
            assertThat(opened.restoredFrom()).isPresent();
            assertThat(db.dsl().fetchCount(BILL)).isEqualTo(20);
            assertThat(db.dsl().select(SYNC_QUEUE.REQUEST_ID, SYNC_DELIVERY.STATE).from(SYNC_QUEUE).join(SYNC_DELIVERY)
                    .on(SYNC_DELIVERY.SEQ.eq(SYNC_QUEUE.SEQ)).orderBy(SYNC_QUEUE.SEQ).fetch().map(r -> r.value1() + "=" + r.value2()))
                    .containsExactly("req-done=DONE", "req-pending=PENDING");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.contains(".damaged-"));
        }
    }

    @Test
    void backupsOlderThanTheRetentionArePrunedButTheNewestStays() {
        try (TillFixture till = new TillFixture(Dialect.SQLITE, dir)) {
            BackupStore store = new BackupStore(dir.resolve("b"), Duration.ofDays(2), till.clock);
            ScheduledBackups daily = new ScheduledBackups(till.db, store, till.clock, Duration.ofDays(1), msg -> { });
            assertThat(daily.backupIfDue()).isTrue();
            till.clock.advance(Duration.ofHours(3).toMillis());
            assertThat(daily.backupIfDue()).as("not due yet").isFalse();
            for (int day = 0; day < 4; day++) {
                till.clock.advance(Duration.ofDays(1).toMillis());
                assertThat(daily.backupIfDue()).isTrue();
            }
            assertThat(store.list()).hasSize(3); // today, yesterday, two days ago
            till.clock.advance(60_000);
            Backup closing = daily.dayClose();
            // the day-close backup is newest; the one from two days and a minute ago fell out of the retention
            assertThat(store.list()).hasSize(3).first().isEqualTo(closing);
        }
    }

    @Test
    void aWriteThatFailsForLackOfSpaceLosesNothingAlreadyCommitted() {
        try (TillFixture till = new TillFixture(Dialect.SQLITE, dir)) {
            Product p = till.product("SOAP", 3_000, 0, 100_000);
            long pages = ((Number) till.db.dsl().fetchValue("PRAGMA page_count")).longValue();
            till.db.dsl().execute("PRAGMA max_page_count = " + (pages + 8)); // a nearly full disk, as SQLite sees it
            int committed = 0;
            RuntimeException failure = null;
            BillService bills = new BillService(till.db, ChangeRecorder.NONE, till.clock);
            for (int i = 0; i < 5_000 && failure == null; i++) {
                try {
                    bills.create(till.cashier, new BillDraft(null, List.of(new BillDraft.Line(p.id(), 1)),
                            List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, 3_000)), null));
                    committed++;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            assertThat(failure).as("the disk filled up").isNotNull();
            assertThat(failure.getMessage()).containsIgnoringCase("full");
            assertThat(committed).isGreaterThan(0);
            assertThat(till.db.dsl().fetchCount(BILL)).isEqualTo(committed);
            assertThat(String.valueOf(till.db.dsl().fetchValue("PRAGMA quick_check"))).isEqualTo("ok");
        }
    }

    @Test
    void diskSpaceIsReportedWithAPlainWarning() {
        assertThat(DiskSpace.check(dir, 1).low()).isFalse();
        DiskSpace.Status huge = DiskSpace.check(dir.resolve("not/yet/there"), Long.MAX_VALUE);
        assertThat(huge.low()).isTrue();
        assertThat(huge.message()).contains("Disk space is low");
    }
}
