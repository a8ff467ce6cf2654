package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.SYNC_META;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.testing.TestDatabases;

class WalCheckpointerTest {
    @TempDir
    Path dir;

    @Test
    void commitsAreCheckpointedInTheBackgroundAndTheWriterWaitsLonger() throws Exception {
        try (Database db = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir)) {
            try (var c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("pragma wal_autocheckpoint")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(WalCheckpointer.WRITER_AUTOCHECKPOINT_PAGES);
            }
            long before = db.backgroundCheckpoints();
            for (int i = 0; i < 20; i++) {
                int n = i;
                db.runInTransaction(tx -> tx.insertInto(SYNC_META).set(SYNC_META.NAME, "k" + n).set(SYNC_META.TEXT_VALUE, "v").execute());
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (db.backgroundCheckpoints() == before && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertThat(db.backgroundCheckpoints()).isGreaterThan(before);
        }
    }

    @Test
    void heldCheckpointsLeaveTheMainFileAloneUntilReleased() throws Exception {
        try (Database db = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir)) {
            db.dsl().execute("pragma wal_autocheckpoint = 0");
            Path main = db.config().sqliteFile();
            long checkpointsBefore;
            byte[] mainBefore;
            try (AutoCloseable held = db.holdCheckpoints()) {
                Thread.sleep(300); // a checkpoint asked for before the hold has run by now
                checkpointsBefore = db.backgroundCheckpoints();
                mainBefore = java.nio.file.Files.readAllBytes(main);
                for (int i = 0; i < 20; i++) {
                    int n = i;
                    db.runInTransaction(tx -> tx.insertInto(SYNC_META).set(SYNC_META.NAME, "h" + n).set(SYNC_META.TEXT_VALUE, "v").execute());
                }
                Thread.sleep(300);
                assertThat(db.backgroundCheckpoints()).as("checkpoints while held").isEqualTo(checkpointsBefore);
                assertThat(java.nio.file.Files.readAllBytes(main)).as("main file while held").isEqualTo(mainBefore);
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (db.backgroundCheckpoints() == checkpointsBefore && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertThat(db.backgroundCheckpoints()).as("after release").isGreaterThan(checkpointsBefore);
        }
    }

    @Test
    void otherDialectsHaveNoCheckpointer() {
        try (Database db = TestDatabases.open(Dialect.H2, SchemaContext.TILL, dir)) {
            db.runInTransaction(tx -> tx.insertInto(SYNC_META).set(SYNC_META.NAME, "a").set(SYNC_META.TEXT_VALUE, "b").execute());
            assertThat(db.backgroundCheckpoints()).isZero();
        }
    }
}
