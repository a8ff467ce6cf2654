package shopdesk.faults.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;

/**
 * A backup of the server's database taken while it serves, and put back later with the server stopped, as an
 * operator restoring last night's backup would. H2: an online {@code BACKUP TO} zip, whose database file replaces
 * the server's. PostgreSQL: the schema's tables copied into a schema of their own in one repeatable-read snapshot
 * (what {@code pg_dump} does), and put back by truncating the server's tables and copying the rows in again, the
 * identity sequences set to match; the schema itself stays as Liquibase made it.
 */
public abstract class ServerBackup {
    /** The server must be stopped: its database becomes the backup again. */
    public abstract void restore() throws Exception;

    public static ServerBackup take(Cloud cloud, Path dir) throws Exception {
        return cloud.database.dialect() == Dialect.H2 ? H2.backUp(cloud, dir) : Postgres.backUp(cloud.database);
    }

    private static final class H2 extends ServerBackup {
        private final Path zip;
        private final Path file;

        private H2(Path zip, Path file) {
            this.zip = zip;
            this.file = file;
        }

        static H2 backUp(Cloud cloud, Path dir) throws Exception {
            Path zip = dir.resolve("cloud-backup.zip");
            // a consistent state of the store, copied while the server goes on writing
            cloud.server.database().dsl().execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            Path file = cloud.database.h2File();
            return new H2(zip, file.resolveSibling(file.getFileName() + ".mv.db"));
        }

        @Override
        public void restore() throws Exception {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().endsWith(".mv.db")) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                        return;
                    }
                }
            }
            throw new IllegalStateException(zip + " holds no database file");
        }
    }

    private static final class Postgres extends ServerBackup {
        private final DatabaseConfig database;
        private final String schema;
        private final String copy;
        private final List<String> tables;

        private Postgres(DatabaseConfig database, String schema, List<String> tables) {
            this.database = database;
            this.schema = schema;
            this.copy = schema + "_backup";
            this.tables = tables;
        }

        static Postgres backUp(DatabaseConfig database) throws Exception {
            try (Connection c = connect(database); Statement s = c.createStatement()) {
                String schema = single(s, "select current_schema()");
                List<String> tables = list(s, "select table_name from information_schema.tables where table_schema = '"
                        + schema + "' and table_type = 'BASE TABLE'");
                Postgres backup = new Postgres(database, schema, tables);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for every table
                c.setAutoCommit(false);
                s.execute("create schema " + backup.copy);
                for (String t : tables) {
                    s.execute("create table " + backup.copy + ".\"" + t + "\" as select * from " + schema + ".\"" + t + "\"");
                }
                c.commit();
                return backup;
            }
        }

        @Override
        public void restore() throws Exception {
            try (Connection c = connect(database); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("set local session_replication_role = replica"); // rows go back in any order, as pg_restore's
                s.execute("truncate " + String.join(", ", tables.stream().map(t -> schema + ".\"" + t + "\"").toList()));
                for (String t : tables) {
                    s.execute("insert into " + schema + ".\"" + t + "\" overriding system value select * from " + copy
                            + ".\"" + t + "\"");
                }
                for (String[] col : identityColumns(s)) {
                    s.execute("select setval(pg_get_serial_sequence('" + schema + ".\"" + col[0] + "\"', '" + col[1]
                            + "'), coalesce((select max(\"" + col[1] + "\") from " + schema + ".\"" + col[0] + "\"), 0) + 1, false)");
                }
                s.execute("drop schema " + copy + " cascade");
                c.commit();
            }
        }

        private List<String[]> identityColumns(Statement s) throws SQLException {
            List<String[]> cols = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns where "
                    + "table_schema = '" + schema + "' and (is_identity = 'YES' or column_default like 'nextval(%')")) {
                while (rs.next()) cols.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            return cols;
        }

        private static Connection connect(DatabaseConfig database) throws SQLException {
            return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        }

        private static String single(Statement s, String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }

        private static List<String> list(Statement s, String sql) throws SQLException {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }
}
