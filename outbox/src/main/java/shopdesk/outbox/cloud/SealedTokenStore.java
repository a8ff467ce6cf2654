package shopdesk.outbox.cloud;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.protocol.TokenResponse;

/**
 * Keeps the refresh token across restarts, sealed with the till's {@link DeviceKey} in sync_meta, so a till
 * restarted while the internet is down syncs again as soon as it is back, without a login. The access token stays
 * in memory (it is refreshed on the first 401). A database file taken without the key file holds no usable token;
 * a token sealed for another device, or with a lost key, counts as none.
 */
public final class SealedTokenStore implements TokenStore {
    static final String NAME = "cloud.refresh-token";
    private static final Logger LOG = LoggerFactory.getLogger(SealedTokenStore.class);
    private final Database db;
    private final DeviceKey key;
    private final String context;
    private volatile String access;
    private volatile String refresh;

    public SealedTokenStore(Database db, DeviceKey key, String deviceId) {
        this.db = db;
        this.key = key;
        this.context = "shopdesk refresh token of device " + deviceId;
        String sealed = db.inTransaction(tx -> SyncMeta.get(tx, NAME));
        this.refresh = sealed == null ? null : key.open(sealed, context);
        if (sealed != null && refresh == null) LOG.warn("The stored refresh token cannot be opened with this till's key; log in online");
    }

    @Override
    public Optional<String> accessToken() {
        return Optional.ofNullable(access);
    }

    @Override
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refresh);
    }

    @Override
    public synchronized void store(TokenResponse tokens) {
        access = tokens.accessToken();
        refresh = tokens.refreshToken();
        String sealed = refresh == null ? null : key.seal(refresh, context);
        db.runInTransaction(tx -> SyncMeta.put(tx, NAME, sealed));
    }

    @Override
    public void setAccessToken(String accessToken) {
        access = accessToken;
    }

    @Override
    public synchronized void clear() {
        access = null;
        refresh = null;
        db.runInTransaction(tx -> SyncMeta.put(tx, NAME, null));
    }
}
