package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

class LazyBeginTest {
    @TempDir
    Path dir;
    SQLiteDataSource sqlite;
    LazyBegin lazy;

    @BeforeEach
    void source() throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(0);
        sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("lazy.db"));
        lazy = new LazyBegin(sqlite);
        try (Connection c = sqlite.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t (v text)");
        }
    }

    @Test
    void afterACommitTheConnectionHoldsNoWriteLockThoughAutoCommitStaysOff() throws Exception {
        try (Connection c = lazy.getConnection(); Connection other = sqlite.getConnection()) {
            c.setAutoCommit(false);
            insert(c, "a");
            c.commit();
            assertThat(c.getAutoCommit()).isFalse();
            insert(other, "b"); // plain sqlite-jdbc would still hold BEGIN IMMEDIATE here: SQLITE_BUSY
            assertThat(count(other)).isEqualTo(2);
        }
    }

    @Test
    void workAfterACommitIsInANewTransactionThatCanRollBack() throws Exception {
        try (Connection c = lazy.getConnection()) {
            c.setAutoCommit(false);
            insert(c, "kept");
            c.commit();
            insert(c, "dropped");
            c.rollback();
            c.setAutoCommit(true);
            assertThat(count(c)).isEqualTo(1);
        }
    }

    @Test
    void theJooqSequenceCommitsOnce() throws Exception {
        try (Connection c = lazy.getConnection(); Connection other = sqlite.getConnection()) {
            for (int i = 0; i < 3; i++) {
                c.setAutoCommit(false);
                insert(c, "x" + i);
                c.commit();
                c.setAutoCommit(true);
            }
            assertThat(count(other)).isEqualTo(3);
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aStatementPreparedBeforeACommitRunsInTheNextTransaction() throws Exception {
        try (Connection c = lazy.getConnection(); var ps = c.prepareStatement("insert into t (v) values (?)")) {
            c.setAutoCommit(false);
            ps.setString(1, "kept");
            ps.executeUpdate();
            c.commit();
            ps.setString(1, "dropped");
            ps.executeUpdate();
            assertThat(ps.getConnection()).isSameAs(c);
            c.rollback();
            c.setAutoCommit(true);
            assertThat(count(c)).isEqualTo(1);
        }
    }

    private static void insert(Connection c, String v) throws Exception {
        try (var ps = c.prepareStatement("insert into t (v) values (?)")) {
            ps.setString(1, v);
            ps.executeUpdate();
        }
    }

    private static int count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from t")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
