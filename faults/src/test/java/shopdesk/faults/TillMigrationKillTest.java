package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.faults.support.Ledger;

/**
 * kill -9 of a till JVM during its first migration, 10 times, and of a server's on PostgreSQL, 10 times: the next
 * start opens the database normally. Killed inside Liquibase, the process leaves Liquibase's lock row set, for which
 * Liquibase alone waits 5 minutes and fails.
 */
class TillMigrationKillTest {
    static final int KILLS = 10;
    @TempDir Path dir;

    @Test
    void aTillKilledDuringItsFirstMigrationStartsNextTime() throws Exception {
        run("till kill -9 in 1st migration", 37, round -> {
            Path file = dir.resolve("till-" + round + ".db");
            return new Target("jdbc:sqlite:" + file, file, file.toString());
        });
    }

    /** A server's first migration on PostgreSQL: each change set commits with its record, the advisory lock dies. */
    @Test
    void aServerKilledDuringItsFirstMigrationOnPostgresStartsNextTime() throws Exception {
        List<String> schemas = new ArrayList<>();
        try {
            run("server kill -9 in 1st migration on PostgreSQL", 41, round -> {
                String url = TestPostgres.freshSchemaUrl();
                schemas.add(url);
                return new Target(url, null, "postgres", url);
            });
        } finally {
            schemas.forEach(TestPostgres::dropSchemaOf);
        }
    }

    /** A database to migrate: its JDBC URL for the checks, its file (null on PostgreSQL), the child's arguments. */
    private record Target(String jdbcUrl, Path file, String... args) {
        /** Looking into an SQLite file that is not there would create it. */
        boolean exists() {
            return file == null || Files.exists(file);
        }
    }

    private void run(String scenario, long seed, IntFunction<Target> targets) throws Exception {
        Random random = new Random(seed);
        // the faster of two first starts: one slowed by a load spike would put most kills after the migration
        long migrationMs = Math.min(firstStartMs(targets.apply(-1)), firstStartMs(targets.apply(-2)));
        int staleLocks = 0;
        int halfMigrated = 0;
        for (int round = 0; round < KILLS; round++) {
            Target target = targets.apply(round);
            ChildJvm process = ChildJvm.start(TillStartProcess.class, line -> { }, target.args());
            assertThat(process.awaitLine("MIGRATING", 60, TimeUnit.SECONDS)).isTrue();
            Thread.sleep((long) (migrationMs * (0.1 + 0.8 * random.nextDouble())));
            process.kill();
            if (target.exists()) {
                if (lockRowSet(target)) staleLocks++;
                if (!migrated(target)) halfMigrated++;
            }
            AtomicLong opened = new AtomicLong(-1);
            List<String> said = new CopyOnWriteArrayList<>();
            int exit = startAgain(target, said, opened);
            assertThat(exit).as("round %d: exit code of the next start; it said %s", round, tail(said)).isZero();
            assertThat(opened.get()).as("round %d: the next start opened the database", round).isBetween(0L, 60_000L);
            assertThat(migrated(target)).as("round %d: migrated", round).isTrue();
        }
        String line = String.format("%-28s kills=%d killed mid-migration=%d stale Liquibase locks released=%d "
                + "failed starts=0", scenario, KILLS, halfMigrated, staleLocks);
        Ledger.report(line);
        // which kills land inside Liquibase's lock depends on the machine's speed; dal's *DatabaseTest covers that case
        assertThat(halfMigrated).as("kills that landed inside the migration").isGreaterThan(KILLS / 2);
    }

    private static int startAgain(Target target, List<String> said, AtomicLong opened) throws Exception {
        ChildJvm next = ChildJvm.start(TillStartProcess.class, line -> {
            said.add(line);
            if (line.startsWith("OPENED ")) opened.set(Long.parseLong(line.split(" ")[1]));
        }, target.args());
        return next.waitFor(90, TimeUnit.SECONDS);
    }

    /** What the child printed, without logback's own start-up lines, the last 40. */
    private static List<String> tail(List<String> said) {
        List<String> own = said.stream().filter(l -> !l.contains("|-")).toList();
        return own.size() > 40 ? own.subList(own.size() - 40, own.size()) : own;
    }

    private static long firstStartMs(Target target) throws Exception {
        AtomicLong ms = new AtomicLong(-1);
        ChildJvm till = ChildJvm.start(TillStartProcess.class, line -> {
            if (line.startsWith("OPENED ")) ms.set(Long.parseLong(line.split(" ")[1]));
        }, target.args());
        assertThat(till.waitFor(90, TimeUnit.SECONDS)).isZero();
        return ms.get();
    }

    private static boolean lockRowSet(Target target) throws Exception {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select locked from databasechangeloglock where id = 1")) {
            return rs.next() && rs.getBoolean(1);
        } catch (java.sql.SQLException e) {
            return false; // killed before Liquibase made its lock table
        }
    }

    private static boolean migrated(Target target) throws Exception {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(\"version\") from \"schema_version\"")) {
            return rs.next() && rs.getInt(1) == shopdesk.dal.db.SchemaVersion.CURRENT;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
