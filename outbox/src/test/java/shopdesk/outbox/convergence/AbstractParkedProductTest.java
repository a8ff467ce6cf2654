package shopdesk.outbox.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PRODUCT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.resolution.ProductRepair;

/**
 * Path 3 of issue 21: T1 creates "GRN" offline, receives 10 and sells 2; T2 creates its own "GRN" first, so the
 * server refuses T1's product and parks it FAILED with the receipt and the paid bill behind it. Every way out ends
 * with the tills and the server agreeing, and the paid bill on the server.
 */
public abstract class AbstractParkedProductTest extends TwoTillsAndServer {
    Till t1;
    Till t2;
    Product mine;
    Product theirs;
    Bill bill;
    QueuedEntry refused;

    @BeforeEach
    void parkT1sProduct() {
        t1 = tills.get(0);
        t2 = tills.get(1);
        mine = t1.products().create(t1.supervisor(), new ProductDraft("GRN", "8901000000100", "Green tea", 2_000, 500, 0));
        t1.stock().receive(t1.supervisor(), mine.id(), 10, "first delivery");
        bill = sell(t1, mine.id(), 2);
        theirs = t2.products().create(t2.supervisor(), new ProductDraft("GRN", "8901000000100", "Green tea 100 g", 2_100, 500, 0));
        drain(t2);
        drain(t1);
        assertThat(t1.outbox().pullNow().completed()).isTrue();
        refused = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "product:" + mine.id()).get(0);
        assertThat(refused.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(refused.lastError()).contains("GRN");
    }

    @Test
    void theDependantsAreThePaidBillAndTheStockReceipt() {
        var deps = t1.outbox().productRepair().dependants(refused.seq());
        assertThat(deps).extracting(ProductRepair.Dependant::action).containsExactly("RECEIVE_STOCK", "CREATE_BILL");
        assertThat(deps.get(1).label()).isEqualTo(bill.localLabel());
        assertThat(deps.get(1).total()).isEqualTo(bill.total());
        assertThat(deps.get(0).delta()).isEqualTo(10);
    }

    @Test
    void discardIsRefusedWhileAPaidBillNeedsTheProduct() {
        assertThatThrownBy(() -> t1.outbox().resolutions().discard(t1.supervisor(), refused.seq(), "duplicate"))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining(bill.localLabel());
        assertThat(t1.outbox().store().find(t1.db().dsl(), refused.seq()).state()).isEqualTo(DeliveryState.FAILED);
    }

    @Test
    void linkingSendsTheBillAndTheReceiptForTheServersProduct() {
        String target = t1.outbox().productRepair().linkToServerProduct(t1.supervisor(), refused.seq(), "the same tea");
        assertThat(target).isEqualTo(theirs.id());
        syncAll();
        assertThat(server.admin().stockLevel(shopId, theirs.id())).as("10 received, 2 sold").isEqualTo(8);
        assertThat(server.database().dsl().select(BILL_ITEM.PRODUCT_ID).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(bill.id()))
                .fetch(BILL_ITEM.PRODUCT_ID)).containsExactly(theirs.id());
        assertThat(t1.db().dsl().select(PRODUCT.DELETED_AT).from(PRODUCT).where(PRODUCT.ID.eq(mine.id())).fetchOne(PRODUCT.DELETED_AT))
                .as("the local product, kept hidden for the audit trail").isNotNull();
        var audit = server.database().dsl().selectFrom(shopdesk.db.Tables.AUDIT_LOG).where(shopdesk.db.Tables.AUDIT_LOG.SHOP_ID.eq(shopId))
                .and(shopdesk.db.Tables.AUDIT_LOG.ACTION.eq("sync.link-product")).fetch();
        assertThat(audit).as("the back office sees who linked it and why").singleElement().satisfies(r -> {
            assertThat(r.getUserId()).isEqualTo(t1.supervisor().userId());
            assertThat(r.getReason()).isEqualTo("the same tea");
            assertThat(r.getDetails()).contains(mine.id(), theirs.id());
        });
        assertAllAgree();
    }

    /**
     * A till before issue 21 discarded the product create and its receipt although a paid bill sold it: the bill is
     * refused UNKNOWN_PRODUCT and parked FAILED. Re-linking its line to the server's GRN sends it, and all agree.
     */
    @Test
    void aBillRefusedForAnUnknownProductIsReLinkedToTheServersProductAndSent() {
        t2.stock().receive(t2.supervisor(), theirs.id(), 5, "delivery at T2");
        drain(t2);
        var receipt = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "stock:" + mine.id()).get(0);
        t1.db().runInTransaction(tx -> {   // what the old discard did: no refusal for the paid bill
            t1.outbox().store().close(tx, refused.seq(), DeliveryState.DISCARDED, null, System.currentTimeMillis());
            t1.outbox().store().close(tx, receipt.seq(), DeliveryState.DISCARDED, null, System.currentTimeMillis());
            tx.update(PRODUCT).set(PRODUCT.SKU, "~" + mine.id()).set(PRODUCT.BARCODE, (String) null)
                    .set(PRODUCT.DELETED_AT, System.currentTimeMillis()).where(PRODUCT.ID.eq(mine.id())).execute();
            shopdesk.outbox.pull.HeldProducts.release(tx, theirs.id());
        });
        drain(t1);
        assertThat(t1.outbox().pullNow().completed()).isTrue();
        QueuedEntry failed = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "bill:" + bill.id()).get(0);
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.lastError()).contains("UNKNOWN_PRODUCT", mine.id());
        assertThatThrownBy(() -> t1.outbox().productRepair().relinkBill(t1.supervisor(), failed.seq(), " "))
                .hasMessageContaining("reason");

        assertThat(t1.outbox().productRepair().relinkBill(t1.supervisor(), failed.seq(), "the same tea"))
                .containsExactly(org.assertj.core.api.Assertions.entry(mine.id(), theirs.id()));
        assertThat(t1.outbox().store().find(t1.db().dsl(), failed.seq()).state()).isEqualTo(DeliveryState.SUPERSEDED);
        syncAll();
        assertThat(server.database().dsl().select(BILL_ITEM.PRODUCT_ID).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(bill.id()))
                .fetch(BILL_ITEM.PRODUCT_ID)).containsExactly(theirs.id());
        assertThat(server.admin().stockLevel(shopId, theirs.id())).as("5 received at T2, 2 sold at T1").isEqualTo(3);
        assertAllAgree();
    }

    @Test
    void renamingSendsTheProductAgainUnderItsNewSkuWithItsBill() {
        long newSeq = t1.outbox().productRepair().renameAndResend(t1.supervisor(), refused.seq(), "GRN-2", "8901000000117",
                "a different tea");
        assertThat(t1.outbox().store().find(t1.db().dsl(), refused.seq()).supersededBy()).isEqualTo(newSeq);
        syncAll();
        assertThat(server.admin().stockLevel(shopId, mine.id())).isEqualTo(8);
        assertThat(t1.product(theirs.id()).sku()).as("the other till's GRN reaches this till too").isEqualTo("GRN");
        assertAllAgree();
    }

    @Test
    void discardingAProductWithOnlyAStockReceiptDropsBothAndTakesTheServersProduct() {
        Product extra = t1.products().create(t1.supervisor(), new ProductDraft("LMN", null, "Lemon tea", 1_500, 500, 0));
        t1.stock().receive(t1.supervisor(), extra.id(), 4, "sample");
        t2.products().create(t2.supervisor(), new ProductDraft("LMN", null, "Lemon tea (T2)", 1_600, 500, 0));
        drain(t2);
        drain(t1);
        assertThat(t1.outbox().pullNow().completed()).isTrue();
        QueuedEntry parked = t1.outbox().store().openEntriesOfStream(t1.db().dsl(), "product:" + extra.id()).get(0);
        assertThat(parked.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(t1.outbox().productRepair().dependants(parked.seq())).singleElement()
                .satisfies(d -> assertThat(d.delta()).isEqualTo(4));

        t1.outbox().resolutions().discard(t1.supervisor(), parked.seq(), "T2 made it first");
        t1.outbox().productRepair().linkToServerProduct(t1.supervisor(), refused.seq(), "the same tea");
        syncAll();
        assertAllAgree();
    }
}
