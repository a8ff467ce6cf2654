package shopdesk.client.app;

import shopdesk.client.session.AuthPort;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.change.ChangeRecorder;

/**
 * How the till's changes leave it: standalone (nowhere) or through the outbox to the cloud. The recorder goes
 * into every dal service so a change and its queue entry commit together.
 */
public interface SyncBackend extends AutoCloseable {

    ChangeRecorder recorder();

    /** Bills of other tills, asked of the server (none for a standalone till). */
    default java.util.Optional<shopdesk.outbox.cloud.RemoteBills> remoteBills() {
        return java.util.Optional.empty();
    }

    SyncPort sync();

    /** Login: the cloud first when there is one (caching the user for offline use), else {@code offline}. */
    AuthPort auth(AuthPort offline);

    /** Login that also keeps the shop's selling terms the server sends (a cloud till); standalone: as above. */
    default AuthPort auth(AuthPort offline, ShopSaleTerms saleTerms) {
        return auth(offline);
    }

    void start();

    @Override
    void close();
}
