package shopdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.faults.support.Cloud;
import shopdesk.faults.support.Ledger;

/**
 * kill -9 of a till JVM at random moments while it rings up bills and syncs: between commit and send, between
 * the server's commit and the till's mark-done (answers are held back a little, to widen that window), then a
 * restart that drains. Every bill the till committed is on the server once, numbers are gapless, stock agrees.
 */
class KillNineTest {
    static final int KILLS = 20;
    @TempDir Path dir;

    @Test
    void killedTillsLoseNothingAndSendNothingTwice() throws Exception {
        Random random = new Random(9);
        Set<String> reported = ConcurrentHashMap.newKeySet();
        try (Cloud cloud = new Cloud(DatabaseConfig.h2(dir.resolve("cloud"), SchemaContext.CLOUD));
             FaultyProxy slowAnswers = new FaultyProxy(new InetSocketAddress("127.0.0.1", cloud.server.port()),
                     n -> n % 2 == 0 ? Fault.DELAY : Fault.NONE, 150)) {
            TillNode.Identity id = cloud.till("T1");
            Path file = dir.resolve("till").resolve("t1.db");
            int kills = 0;
            while (kills < KILLS) {
                Process p = start("write", file, slowAnswers.url(), id, cloud.productIds, kills);
                CountDownLatch ready = new CountDownLatch(1);
                Thread reader = follow(p, reported, ready);
                assertThat(ready.await(90, TimeUnit.SECONDS)).as("till %d started", kills).isTrue();
                Thread.sleep(300 + random.nextInt(1500));
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
                p.waitFor(30, TimeUnit.SECONDS);
                reader.join(5_000);
                kills++;
            }
            Process drain = start("drain", file, cloud.url(), id, cloud.productIds, 99);
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = follow(drain, reported, ready);
            assertThat(drain.waitFor(180, TimeUnit.SECONDS)).as("drain finished").isTrue();
            reader.join(5_000);
            assertThat(drain.exitValue()).as("drain exit code (3 = queue not empty)").isZero();

            try (Database till = Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL))) {
                Ledger.Counts counts = Ledger.check("kill -9 of the till JVM", cloud, List.of(till), reported, kills,
                        slowAnswers.faultsInjected());
                assertThat(reported).as("bills reported committed by the killed tills").hasSizeGreaterThan(KILLS);
                assertThat(counts.clean()).as(counts.line()).isTrue();
            }
        }
    }

    private static Process start(String mode, Path file, String url, TillNode.Identity id, List<String> products, int seed)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), TillProcess.class.getName(), mode,
                file.toString(), url, id.shopId(), id.deviceId(), id.deviceCode(), id.userId(), id.username(), id.password(),
                String.valueOf(seed)));
        cmd.addAll(products);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static Thread follow(Process p, Set<String> committed, CountDownLatch ready) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) committed.add(line.substring("COMMITTED ".length()).trim());
                    else if (line.equals("READY")) ready.countDown();
                    else if (line.startsWith("NOT-DRAINED") || line.contains("Exception")) System.out.println("till: " + line);
                }
            } catch (Exception ignored) {
                // the process was killed
            }
        }, "till-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
