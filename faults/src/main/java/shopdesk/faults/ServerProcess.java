package shopdesk.faults;

import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;

/**
 * The cloud server in a JVM of its own, for the server kill -9 scenario: starts on the given database and
 * loopback port, prints READY and serves until killed. Args: dialect (h2 | postgres) url port.
 */
public final class ServerProcess {
    public static void main(String[] args) throws Exception {
        Dialect dialect = Dialect.valueOf(args[0].toUpperCase());
        DatabaseConfig db = dialect == Dialect.H2
                ? DatabaseConfig.h2(java.nio.file.Path.of(args[1]), SchemaContext.CLOUD)
                : DatabaseConfig.postgres(args[1], null, null, SchemaContext.CLOUD);
        ServerApp.start(ServerConfig.forDatabase(db).withPort(Integer.parseInt(args[2])).withPasswordIterations(1_000));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private ServerProcess() {
    }
}
