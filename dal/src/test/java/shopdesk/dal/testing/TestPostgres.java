package shopdesk.dal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL that tests use: the server at {@code SHOPDESK_TEST_PG_URL} when set (CI sets it), else one
 * embedded PostgreSQL started once per JVM. Each caller gets a fresh schema. When neither is available the
 * test is aborted with a message, unless {@code -Dshopdesk.pg.required=true}, which makes it fail instead.
 */
public final class TestPostgres {
    private static String baseUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    public static synchronized String baseUrl() {
        if (baseUrl != null) return baseUrl;
        String env = System.getenv("SHOPDESK_TEST_PG_URL");
        if (env != null && !env.isBlank()) {
            baseUrl = env.contains("user=") ? env : env + (env.contains("?") ? "&" : "?") + "user=postgres";
            return baseUrl;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // shutting down anyway
                }
            }));
            baseUrl = embedded.getJdbcUrl("postgres", "postgres");
            return baseUrl;
        } catch (Exception e) {
            if (Boolean.getBoolean("shopdesk.pg.required")) {
                throw new IllegalStateException("PostgreSQL is required (-Dshopdesk.pg.required=true) but neither "
                        + "SHOPDESK_TEST_PG_URL nor an embedded PostgreSQL is available: " + e.getMessage(), e);
            }
            Assumptions.abort("No PostgreSQL: set SHOPDESK_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/test ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    /** Creates a new, empty schema and returns a JDBC URL whose default schema it is. */
    public static String freshSchemaUrl() {
        String base = baseUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a test schema on " + base + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchemaOf(String url) {
        int i = url.indexOf("currentSchema=");
        if (i < 0) return;
        String schema = url.substring(i + "currentSchema=".length()).replaceAll("[&].*", "");
        try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (Exception ignored) {
            // best effort: a leftover test schema harms nothing
        }
    }
}
