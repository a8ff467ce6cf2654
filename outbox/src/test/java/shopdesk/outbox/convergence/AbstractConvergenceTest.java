package shopdesk.outbox.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;

/** Paths 1, 2 and 4 of issue 21: a merge keeps unsent edits, a discard converges, a voided bill still reaches the server. */
public abstract class AbstractConvergenceTest extends TwoTillsAndServer {

    @Test
    void aConflictShowsTheTillsCurrentRecordSoAMergeKeepsEveryUnsentEdit() {
        Till t1 = tills.get(0);
        Product p = t1.product(productId);
        Product priced = t1.products().update(t1.supervisor(), productId, p.version(),
                new ProductDraft(p.sku(), p.barcode(), p.name(), 1_200, p.taxRateBp(), p.lowStockLevel()));
        t1.products().update(t1.supervisor(), productId, priced.version(),
                new ProductDraft(p.sku(), p.barcode(), p.name(), 1_200, p.taxRateBp(), 7));
        server.admin().updateProduct(shopId, productId, "Tea", 1_100, 500);

        t1.outbox().pushOnce();
        QueuedEntry first = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "product:" + productId).get(0);
        assertThat(first.state()).isEqualTo(DeliveryState.CONFLICT);
        var mine = JsonParser.parseString(t1.outbox().view().entry(first.seq()).orElseThrow().localState()).getAsJsonObject();
        assertThat(mine.get("unitPrice").getAsLong()).isEqualTo(1_200);
        assertThat(mine.get("lowStockLevel").getAsLong()).as("the second, unsent edit").isEqualTo(7);

        t1.outbox().resolutions().forcePush(t1.supervisor(), first.seq(), "our price is right");
        syncAll();
        assertThat(t1.product(productId).lowStockLevel()).isEqualTo(7);
        assertAllAgree();
    }

    @Test
    void discardingAnEditPutsTheServersRecordBackAndLaterChangesStillArrive() {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        Product p = t1.product(productId);
        t1.products().update(t1.supervisor(), productId, p.version(),
                new ProductDraft(p.sku(), p.barcode(), p.name(), 1_500, p.taxRateBp(), p.lowStockLevel()));
        Product p2 = t2.product(productId);
        t2.products().update(t2.supervisor(), productId, p2.version(),
                new ProductDraft(p2.sku(), p2.barcode(), p2.name(), 1_300, p2.taxRateBp(), p2.lowStockLevel()));
        drain(t2);
        t1.outbox().pullNow();
        QueuedEntry parked = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "product:" + productId).get(0);
        assertThat(parked.state()).isEqualTo(DeliveryState.CONFLICT);

        t1.outbox().resolutions().discard(t1.supervisor(), parked.seq(), "T2's price is right");
        assertThat(t1.product(productId).unitPrice()).isEqualTo(1_300);
        server.admin().updateProduct(shopId, productId, "Tea", 1_350, 500);
        syncAll();
        assertThat(t1.product(productId).unitPrice()).isEqualTo(1_350);
        assertAllAgree();
    }

    @Test
    void discardingAnUnsentEditFetchesTheServersRecord() {
        Till t1 = tills.get(0);
        Product p = t1.product(productId);
        t1.products().update(t1.supervisor(), productId, p.version(),
                new ProductDraft(p.sku(), p.barcode(), "Green tea", p.unitPrice(), p.taxRateBp(), p.lowStockLevel()));
        long seq = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "product:" + productId).get(0).seq();
        t1.outbox().resolutions().discard(t1.supervisor(), seq, "typed on the wrong product");
        t1.outbox().pullNow();
        assertThat(t1.product(productId).name()).isEqualTo("Tea");
        syncAll(); // the discard's audit record goes to the server
        assertAllAgree();
    }

    @Test
    void aBillVoidedInTheStockConflictDialogStillReachesTheServerWithItsNumber() {
        Till t1 = tills.get(0);
        Till t2 = tills.get(1);
        sell(t1, 4);
        Bill short2 = sell(t2, 3);
        drain(t1);
        t2.outbox().pushOnce();
        QueuedEntry conflict = t2.outbox().store().openEntriesOfStream(t2.db().dsl(), "bill:" + short2.id()).get(0);
        assertThat(conflict.state()).isEqualTo(DeliveryState.CONFLICT);

        t2.outbox().resolutions().voidBillAndRestore(t2.supervisor(), conflict.seq(), "customer left without the goods");
        syncAll();
        var onServer = server.database().dsl().select(BILL.STATUS, BILL_NUMBER.SERVER_NUMBER).from(BILL).join(BILL_NUMBER)
                .on(BILL_NUMBER.BILL_ID.eq(BILL.ID)).where(BILL.ID.eq(short2.id())).fetchOne();
        assertThat(onServer).as("the voided bill on the server").isNotNull();
        assertThat(onServer.value1()).isEqualTo("VOIDED");
        assertThat(onServer.value2()).isEqualTo(2L);
        assertThat(server.admin().stockLevel(shopId, productId)).isEqualTo(1);
        assertAllAgree();
    }
}
