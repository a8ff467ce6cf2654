package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.db.Dialect;
import shopdesk.outbox.support.OutboxTestBase;

/**
 * Not a test: a figure for docs/SYNC.md. The outbox's own cost (claim, HTTP to a trivial in-test cloud, record)
 * for draining N offline bills on SQLite. Run with -Dshopdesk.outbox.probe=true.
 */
@EnabledIfSystemProperty(named = "shopdesk.outbox.probe", matches = "true")
class DrainRateProbe extends OutboxTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(DrainRateProbe.class);

    @Override
    protected Dialect dialect() {
        return Dialect.valueOf(System.getProperty("shopdesk.outbox.probe.dialect", "SQLITE"));
    }

    @Test
    void drainRate() {
        int n = Integer.getInteger("shopdesk.outbox.probe.bills", 2_000);
        db.runInTransaction(tx -> shopdesk.dal.stock.StockService.applyDelta(tx, shopId, product.id(), 1_000_000, T0));
        long total = BillCalculator.line(new BillCalculator.Line(1, product.unitPrice(), product.taxRateBp())).total();
        long w0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bills.create(cashier, new BillDraft(null, List.of(new BillDraft.Line(product.id(), 1)),
                    List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, total)), null));
        }
        double write = (System.nanoTime() - w0) / 1e9;
        long d0 = System.nanoTime();
        DrainResult r = outbox.drain(Duration.ofMinutes(5), DrainProgressListener.NONE);
        double drain = (System.nanoTime() - d0) / 1e9;
        assertThat(r.sent()).isEqualTo(n);
        LOG.warn("PROBE {}: {} bills written in {} s ({}/s), drained to a trivial cloud in {} s ({}/s)", dialect(), n,
                Math.round(write * 100) / 100.0, Math.round(n / write), Math.round(drain * 100) / 100.0, Math.round(n / drain));
    }
}
