package shopdesk.server.concurrency;

import shopdesk.dal.db.Dialect;
import shopdesk.server.ServerApp;

/** Two independent instances (own pools, own migration run) on one PostgreSQL schema, as in production. */
class PostgresConcurrentTillsTest extends AbstractConcurrentTillsTest {
    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    protected ServerApp startSecondInstance() {
        return ServerApp.start(server.config());
    }
}
