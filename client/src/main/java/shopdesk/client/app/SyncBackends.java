package shopdesk.client.app;

import java.time.Clock;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.UserService;

/** Chooses how a till syncs: standalone, or through the outbox to its cloud. */
@FunctionalInterface
public interface SyncBackends {

    SyncBackend create(Database db, TillIdentity identity, Config config, UserService users, Clock clock);
}
