package shopdesk.client.cloud;

import java.time.Clock;
import org.slf4j.LoggerFactory;
import shopdesk.client.app.StandaloneBackend;
import shopdesk.client.app.SyncBackend;
import shopdesk.client.app.TillIdentity;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.UserService;

/** Builds the outbox-backed sync for a till that belongs to a cloud. */
public final class CloudBackends {
    private CloudBackends() {
    }

    public static SyncBackend create(Database db, TillIdentity identity, Config config, UserService users, Clock clock) {
        LoggerFactory.getLogger(CloudBackends.class).warn("The outbox is not wired yet; {} runs without sync", identity.cloudUrl());
        return new StandaloneBackend();
    }
}
