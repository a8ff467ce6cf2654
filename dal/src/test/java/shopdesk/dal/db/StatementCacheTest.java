package shopdesk.dal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class StatementCacheTest {
    @TempDir
    Path dir;
    StatementCache cache;

    @BeforeEach
    void source() throws Exception {
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("cache.db"));
        cache = new StatementCache(sqlite);
        try (Connection c = cache.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t (id integer primary key, v text)");
        }
    }

    @Test
    void aClosedStatementIsReused() throws Exception {
        try (Connection c = cache.getConnection()) {
            PreparedStatement first = c.prepareStatement("insert into t (v) values (?)");
            first.setString(1, "a");
            first.executeUpdate();
            PreparedStatement physical = first.unwrap(PreparedStatement.class);
            first.close();
            assertThat(first.isClosed()).isTrue();

            try (PreparedStatement second = c.prepareStatement("insert into t (v) values (?)")) {
                assertThat(second.unwrap(PreparedStatement.class)).isSameAs(physical);
                second.setString(1, "b");
                second.executeUpdate();
            }
            assertThat(values(c)).isEqualTo("a,b");
        }
    }

    @Test
    void aValueTheNextUserDoesNotSetIsNullNotTheLastUsersValue() throws Exception {
        try (Connection c = cache.getConnection()) {
            try (PreparedStatement first = c.prepareStatement("insert into t (id, v) values (?, ?)")) {
                first.setInt(1, 1);
                first.setString(2, "kept by the first user");
                first.executeUpdate();
            }
            try (PreparedStatement second = c.prepareStatement("insert into t (id, v) values (?, ?)")) {
                second.setInt(1, 2);
                second.executeUpdate();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select v from t where id = 2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
            }
        }
    }

    @Test
    void aStatementInUseIsNeverHandedOutTwice() throws Exception {
        try (Connection c = cache.getConnection()) {
            for (String v : new String[] {"x", "y"}) {
                try (PreparedStatement p = c.prepareStatement("insert into t (v) values (?)")) {
                    p.setString(1, v);
                    p.executeUpdate();
                }
            }
            String sql = "select v from t order by id";
            try (PreparedStatement outer = c.prepareStatement(sql); ResultSet rs = outer.executeQuery()) {
                assertThat(rs.next()).isTrue();
                try (PreparedStatement inner = c.prepareStatement(sql)) {
                    assertThat(inner.unwrap(PreparedStatement.class)).isNotSameAs(outer.unwrap(PreparedStatement.class));
                    try (ResultSet r2 = inner.executeQuery()) {
                        assertThat(r2.next()).isTrue();
                    }
                }
                assertThat(rs.getString(1)).isEqualTo("x");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("y");
            }
        }
    }

    @Test
    void aKeptStatementReadOnlyInPartDoesNotHoldTheDatabaseBusy() throws Exception {
        try (Connection c = cache.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into t (v) values ('x'), ('y')");
            }
            try (PreparedStatement p = c.prepareStatement("select v from t order by id")) {
                ResultSet rs = p.executeQuery();
                assertThat(rs.next()).isTrue(); // one row of two, the result set left open
            }
            try (Statement s = c.createStatement()) {
                s.execute("vacuum into '" + dir.resolve("copy.db") + "'");
            }
        }
        assertThat(dir.resolve("copy.db")).exists();
    }

    @Test
    void closingTheConnectionClosesKeptStatements() throws Exception {
        PreparedStatement physical;
        try (Connection c = cache.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("select count(*) from t")) {
                physical = p.unwrap(PreparedStatement.class);
            }
            assertThat(physical.isClosed()).isFalse();
        }
        assertThat(physical.isClosed()).isTrue();
    }

    @Test
    void theCacheIsBounded() throws Exception {
        try (Connection c = cache.getConnection()) {
            PreparedStatement firstPhysical = null;
            for (int i = 0; i <= StatementCache.MAX_PER_CONNECTION; i++) {
                try (PreparedStatement p = c.prepareStatement("select " + i)) {
                    if (i == 0) firstPhysical = p.unwrap(PreparedStatement.class);
                }
            }
            assertThat(firstPhysical.isClosed()).isTrue();
        }
    }

    private static String values(Connection c) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select v from t order by id")) {
            while (rs.next()) b.append(b.length() == 0 ? "" : ",").append(rs.getString(1));
        }
        return b.toString();
    }
}
