package shopdesk.server.concurrency;

import shopdesk.dal.db.Dialect;
import shopdesk.server.ServerApp;

/** H2 is embedded: the second instance shares the first one's database (and pool) in this JVM. */
class H2ConcurrentTillsTest extends AbstractConcurrentTillsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    protected ServerApp startSecondInstance() {
        return ServerApp.start(server.config(), server.database());
    }
}
