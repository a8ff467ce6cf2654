package shopdesk.outbox.cloud;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.queue.SyncMeta;

/**
 * Keeps the refresh token across restarts, sealed with the till's {@link DeviceKey} in sync_meta, so a till
 * restarted while the internet is down syncs again as soon as it is back, without a login. The access token stays
 * in memory (it is refreshed on the first 401). A database file taken without the key file holds no usable token;
 * a token sealed for another device, or with a lost key, counts as none.
 */
public final class SealedTokenStore extends InMemoryTokenStore {
    static final String NAME = "cloud.refresh-token";
    private static final Logger LOG = LoggerFactory.getLogger(SealedTokenStore.class);
    private final Database db;
    private final DeviceKey key;
    private final String context;

    public SealedTokenStore(Database db, DeviceKey key, String deviceId) {
        super(opened(db, key, context(deviceId)));
        this.db = db;
        this.key = key;
        this.context = context(deviceId);
    }

    private static String context(String deviceId) {
        return "shopdesk refresh token of device " + deviceId;
    }

    private static String opened(Database db, DeviceKey key, String context) {
        String sealed = db.inTransaction(tx -> SyncMeta.get(tx, NAME));
        String refresh = sealed == null ? null : key.open(sealed, context);
        if (sealed != null && refresh == null) LOG.warn("The stored refresh token cannot be opened with this till's key; log in online");
        return refresh;
    }

    @Override
    protected void keep(String refreshToken) {
        String sealed = refreshToken == null ? null : key.seal(refreshToken, context);
        db.runInTransaction(tx -> SyncMeta.put(tx, NAME, sealed));
    }
}
