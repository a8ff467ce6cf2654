package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.safety.BackupStore;
import shopdesk.dal.safety.IntegrityCheck;
import shopdesk.dal.safety.RestoreDecision;
import shopdesk.dal.safety.SafeTillOpener;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;

/**
 * A till whose database file is damaged, and one whose WAL is torn at a random byte (a power cut with a bad
 * disk): the damage is detected, the newest good backup restored, and nothing is sent twice.
 */
class DamagedFilesTest {
    static final int ROUNDS = 20;
    @TempDir Path dir;

    @Test
    void aDamagedDatabaseIsDetectedRestoredAndNothingIsSentTwice() throws Exception {
        Random random = new Random(3);
        Set<String> sold = new HashSet<>();
        int detected = 0;
        try (Cloud cloud = new Cloud(DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD))) {
            TillNode.Identity id = cloud.till("T1");
            DatabaseConfig cfg = DatabaseConfig.sqlite(dir.resolve("till").resolve("t1.db"), SchemaContext.TILL);
            Files.createDirectories(cfg.sqliteFile().getParent());
            BackupStore backups = new BackupStore(dir.resolve("backups"), Duration.ofDays(7), Clock.systemUTC());
            for (int round = 0; round < ROUNDS; round++) {
                try (TillNode till = safeTill(cfg, backups, cloud, id, round)) {
                    for (int i = 0; i < 4; i++) sold.add(till.sellRandom(cloud.productIds).id());
                    backups.backup(till.db);                       // taken while those entries are PENDING
                    assertThat(till.drain(Duration.ofSeconds(60))).isTrue();
                    for (int i = 0; i < 2; i++) sold.add(till.sellRandom(cloud.productIds).id());
                    assertThat(till.drain(Duration.ofSeconds(60))).isTrue();
                }
                damage(cfg.sqliteFile(), random);
                if (!IntegrityCheck.quickCheck(cfg.sqliteFile()).ok()) detected++;
            }
            try (TillNode till = safeTill(cfg, backups, cloud, id, 99)) {
                assertThat(till.drain(Duration.ofSeconds(60))).isTrue();
                System.out.println("FAULT-SUITE queue after restore: " + till.outbox.health().counts());
                Ledger.Counts counts = Ledger.check("damaged database file", cloud, List.of(till.db), sold, 0, ROUNDS);
                assertThat(detected).as("damage detected by quick_check").isEqualTo(ROUNDS);
                assertThat(counts.clean()).as(counts.line()).isTrue();
            }
        }
    }

    @Test
    void aTornWalLosesOnlyTheTornTailAndNothingIsSentTwice() throws Exception {
        Random random = new Random(4);
        try (Cloud cloud = new Cloud(DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD))) {
            TillNode.Identity id = cloud.till("T1");
            DatabaseConfig cfg = DatabaseConfig.sqlite(dir.resolve("till").resolve("t1.db"), SchemaContext.TILL);
            Files.createDirectories(cfg.sqliteFile().getParent());
            BackupStore backups = new BackupStore(dir.resolve("backups"), Duration.ofDays(7), Clock.systemUTC());
            int torn = 0;
            for (int round = 0; round < ROUNDS; round++) {
                Path snapshot = dir.resolve("snap-" + round);
                Files.createDirectories(snapshot);
                try (TillNode till = safeTill(cfg, backups, cloud, id, round);
                     AutoCloseable walOnly = till.db.holdCheckpoints()) {
                    backups.backup(till.db);
                    // keep the day's writes in the WAL: the main file must not change while it is copied (a real
                    // power loss freezes both files at one instant; this copies them one after the other)
                    till.db.dsl().execute("PRAGMA wal_autocheckpoint = 0");
                    till.outbox.start();
                    for (int i = 0; i < 8; i++) till.sellRandom(cloud.productIds);
                    // the power goes: what is on disk is the main file and a WAL cut at a random byte
                    Files.copy(cfg.sqliteFile(), snapshot.resolve("t1.db"), StandardCopyOption.REPLACE_EXISTING);
                    Path wal = Path.of(cfg.sqliteFile() + "-wal");
                    if (Files.exists(wal)) {
                        Path tornWal = snapshot.resolve("t1.db-wal");
                        Files.copy(wal, tornWal, StandardCopyOption.REPLACE_EXISTING);
                        try (RandomAccessFile raf = new RandomAccessFile(tornWal.toFile(), "rw")) {
                            raf.setLength(raf.length() == 0 ? 0 : (long) (random.nextDouble() * raf.length()));
                        }
                        torn++;
                    }
                }
                for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(cfg.sqliteFile() + suffix));
                Files.copy(snapshot.resolve("t1.db"), cfg.sqliteFile());
                if (Files.exists(snapshot.resolve("t1.db-wal"))) {
                    Files.copy(snapshot.resolve("t1.db-wal"), Path.of(cfg.sqliteFile() + "-wal"));
                }
            }
            try (TillNode till = safeTill(cfg, backups, cloud, id, 99)) {
                assertThat(till.drain(Duration.ofSeconds(60))).isTrue();
                Ledger.Counts counts = Ledger.check("torn WAL after power loss", cloud, List.of(till.db), List.of(), 0, torn);
                assertThat(torn).isGreaterThanOrEqualTo(ROUNDS);
                assertThat(counts.clean()).as(counts.line()).isTrue();
            }
        }
    }

    private static TillNode safeTill(DatabaseConfig cfg, BackupStore backups, Cloud cloud, TillNode.Identity id, int seed)
            throws Exception {
        Database db = SafeTillOpener.open(cfg, backups, RestoreDecision.ALWAYS).database();
        TillNode till = new TillNode(db, cloud.url(), id, Clock.systemUTC(), seed);
        till.connect(cloud.productIds, Duration.ofSeconds(60)); // pulls first: the local counter catches up with the server
        return till;
    }

    private static void damage(Path file, Random random) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[(int) Math.max(4096, raf.length() / 2)];
            random.nextBytes(junk);
            raf.seek(4096L * 2);
            raf.write(junk);
        }
    }
}
