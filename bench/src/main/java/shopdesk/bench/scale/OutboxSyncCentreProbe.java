package shopdesk.bench.scale;

import java.time.Clock;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.db.Database;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.view.EntryQuery;

/** The sync centre's queries as the till runs them: the outbox's health snapshot and its queue view's first page. */
public final class OutboxSyncCentreProbe implements SyncCentreProbe {
    private final Outbox outbox;

    public OutboxSyncCentreProbe(Database db) {
        // never started: nothing is sent; the port is the discard port
        outbox = Outbox.create(db, OutboxConfig.defaults("http://127.0.0.1:9", TillShop.SHOP, TillShop.DEVICE),
                Clock.systemUTC());
    }

    @Override
    public String description() {
        return "`Outbox.health()` (counts per state, oldest undelivered) and `Outbox.view().entries(EntryQuery.all(), first 50)`";
    }

    @Override
    public Object pendingCounts() {
        return outbox.health().undelivered();
    }

    @Override
    public Object firstPage() {
        return outbox.view().entries(EntryQuery.all(), PageRequest.first(50)).items().size();
    }

    @Override
    public void close() {
        outbox.close();
    }
}
