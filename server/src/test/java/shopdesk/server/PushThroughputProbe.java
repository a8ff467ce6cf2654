package shopdesk.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.testing.TestPostgres;
import shopdesk.dal.user.Role;
import shopdesk.protocol.PushEntry;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;

/**
 * Not a test: a rough probe of push throughput over real HTTP (java.net.http client, loopback), printed to
 * stdout. Run: java -cp <test classpath> shopdesk.server.PushThroughputProbe h2|postgres
 */
public final class PushThroughputProbe {
    public static void main(String[] args) throws Exception {
        Dialect dialect = Dialect.valueOf(args.length > 0 ? args[0].toUpperCase() : "H2");
        Path dir = Files.createTempDirectory("probe");
        DatabaseConfig cfg = TestDatabases.config(dialect, SchemaContext.CLOUD, dir);
        ServerApp server = ServerApp.start(ServerConfig.forDatabase(cfg).withPasswordIterations(1000));
        try {
            var admin = server.admin();
            String shop = admin.createShop("Probe");
            List<String> products = new ArrayList<>();
            for (int i = 0; i < 20; i++) products.add(admin.createProduct(shop, "P" + i, null, "P" + i, 1_000, 500, 10_000_000));
            Api api = new Api(server.baseUrl());
            List<String[]> tills = new ArrayList<>();
            for (int t = 1; t <= 4; t++) {
                String device = admin.createDevice(shop, "T" + t, "Till " + t);
                String user = "u" + t;
                String userId = admin.createUser(shop, user, user, "pw123456", Role.CASHIER);
                tills.add(new String[] {device, userId, api.loginOk(user, "pw123456", device).accessToken()});
            }
            int[] local = new int[5];
            // warm-up
            run(api, tills.get(0), products, 200, 1, local, 0);
            long t0 = System.nanoTime();
            long[] lat = run(api, tills.get(0), products, 500, 1, local, 0);
            double s = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(lat);
            System.out.printf("%s single-bill pushes, 1 till: %.0f bills/s, p50 %.2f ms, p99 %.2f ms%n", dialect, 500 / s,
                    lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6);
            t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            run(api, tills.get(0), products, 40, 50, local, 0);
            s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s 50-bill pushes, 1 till: %.0f bills/s, JVM CPU (server + client) %.2f ms per bill%n", dialect,
                    2000 / s, (cpuNanos() - cpu0) / 1e6 / 2000);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            t0 = System.nanoTime();
            List<Future<long[]>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int tt = t;
                fs.add(pool.submit(() -> run(api, tills.get(tt), products, 10, 50, local, tt)));
            }
            try {
                for (Future<long[]> f : fs) f.get();
            } finally {
                pool.shutdownNow();
            }
            s = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            System.out.printf("%s 50-bill pushes, 4 tills of one shop concurrently: %.0f bills/s%n", dialect, 2000 / s);
            System.out.printf("last server number %d%n", admin.lastBillNumber(shop));
        } finally {
            server.stop();
            if (dialect == Dialect.POSTGRES) TestPostgres.dropSchemaOf(cfg.url());
        }
        System.exit(0);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static long[] run(Api api, String[] till, List<String> products, int pushes, int perPush, int[] local, int slot) {
        long[] lat = new long[pushes];
        for (int p = 0; p < pushes; p++) {
            PushEntry[] entries = new PushEntry[perPush];
            for (int i = 0; i < perPush; i++) {
                int n = ++local[slot];
                entries[i] = Entries.createBill(Entries.bill(till[0], till[1], n, null,
                        new Line(products.get(n % 20), 1, 1_000, 500), new Line(products.get((n + 7) % 20), 2, 1_000, 500),
                        new Line(products.get((n + 13) % 20), 1, 1_000, 500)));
            }
            long t = System.nanoTime();
            api.pushOk(till[2], till[0], entries);
            lat[p] = System.nanoTime() - t;
        }
        return lat;
    }
}
