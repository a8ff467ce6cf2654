package shopdesk.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.dal.common.Ids;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.FeedChange;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PullResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.protocol.payload.StockLevelPayload;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/** The change feed: what a till pulls, paging, and that one shop never sees or touches another's data. */
public abstract class AbstractPullTest extends ServerTestBase {

    private List<FeedChange> pullAll(String token, int pageSize) {
        List<FeedChange> all = new ArrayList<>();
        String cursor = null;
        PullResponse page;
        do {
            page = api.pullOk(token, cursor, pageSize);
            all.addAll(page.changes());
            assertThat(page.changes().size()).isLessThanOrEqualTo(pageSize);
            cursor = page.nextCursor();
        } while (page.hasMore());
        assertThat(api.pullOk(token, cursor, pageSize).changes()).isEmpty();
        return all;
    }

    @Test
    void theFeedCarriesProductsStockLevelsCustomersAndBillsWithServerNumbers() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 12_000, 500, 10);
        String customer = Ids.newId();
        api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createCustomer(customer, "Ravi", "99001"));
        BillPayload bill = Entries.bill(shop.deviceId(), shop.cashierId(), 7, null, new Line(p, 3, 12_000, 500));
        var answer = api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(bill));

        List<FeedChange> feed = pullAll(shop.cashier().accessToken(), 100);

        assertThat(feed).extracting(FeedChange::entityType, FeedChange::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("product", "CREATE_PRODUCT"),
                org.assertj.core.groups.Tuple.tuple("stock", FeedChange.SET_STOCK_LEVEL),
                org.assertj.core.groups.Tuple.tuple("customer", "CREATE_CUSTOMER"),
                org.assertj.core.groups.Tuple.tuple("stock", FeedChange.SET_STOCK_LEVEL),
                org.assertj.core.groups.Tuple.tuple("bill", "CREATE_BILL"));
        ProductPayload product = Payloads.gson().fromJson(feed.get(0).payload(), ProductPayload.class);
        assertThat(product.sku()).isEqualTo("TEA");
        assertThat(product.version()).isEqualTo(1);
        assertThat(Payloads.gson().fromJson(feed.get(1).payload(), StockLevelPayload.class).quantity()).isEqualTo(10);
        assertThat(Payloads.gson().fromJson(feed.get(3).payload(), StockLevelPayload.class).quantity()).isEqualTo(7);
        BillPayload fed = Payloads.gson().fromJson(feed.get(4).payload(), BillPayload.class);
        assertThat(fed.serverNumber()).isEqualTo(1L);
        assertThat(fed.status()).isEqualTo(BillStatus.COMPLETED);
        assertThat(fed.localNumber()).isEqualTo(7);
        // the series label too, so a till whose push answer was lost can print it (FeedApplier.bill)
        String label = answer.results().get(0).applied().legalLabel();
        assertThat(label).isNotBlank();
        assertThat(feed.get(4).payload().get("legalLabel").getAsString()).isEqualTo(label);
        assertThat(feed.get(4).originDeviceId()).isEqualTo(shop.deviceId());
        assertThat(feed.get(0).originDeviceId()).isNull();
        assertThat(feed).extracting(FeedChange::seq).isSorted();
    }

    /** A 3 x 2 PNG, base64. */
    private static String png() throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", out);
        return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void aProductsPictureIsStoredFedKeptByAnOlderTillsEditAndABadOneIsRefused() throws Exception {
        Shop shop = newShop();
        String token = shop.supervisor().accessToken();
        String id = Ids.newId();
        String png = png();
        api.pushOk(token, shop.deviceId(), Entries.entry("CREATE_PRODUCT", "product", id,
                new ProductPayload(id, "PIC", null, "Pictured", 100, 0, 0, 1, false, "Tea", false, false, png), null));
        // an older till's edit has no image field: the picture stays
        api.pushOk(token, shop.deviceId(), Entries.updateProduct(id, "PIC", "Renamed", 100, 0, 1));

        List<FeedChange> feed = pullAll(token, 100).stream().filter(c -> c.entityType().equals("product")).toList();
        assertThat(feed).hasSize(2);
        assertThat(feed).extracting(c -> Payloads.gson().fromJson(c.payload(), ProductPayload.class).image())
                .containsExactly(png, png);

        String bad = Ids.newId();
        var refused = api.pushOk(token, shop.deviceId(), Entries.entry("CREATE_PRODUCT", "product", bad,
                new ProductPayload(bad, "BAD", null, "Bad", 100, 0, 0, 1, false, "", false, false, "bm90IGEgcG5n"), null));
        assertThat(refused.results().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(refused.results().get(0).rejected().toString()).contains("image");
    }

    @Test
    void aBatchOfBillsPublishesEachProductsLevelOnceWhereItsLastBillLeftIt() {
        Shop shop = newShop();
        String tea = product(shop, "TEA", 1_000, 0, 100);
        String rice = product(shop, "RICE", 2_000, 0, 50);
        String cursor = api.pullOk(shop.cashier().accessToken(), null, 1000).nextCursor();
        BillPayload b1 = Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(tea, 2, 1_000, 0));
        BillPayload b2 = Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(tea, 1, 1_000, 0),
                new Line(rice, 4, 2_000, 0));
        BillPayload b3 = Entries.bill(shop.deviceId(), shop.cashierId(), 3, null, new Line(rice, 1, 2_000, 0));

        api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(b1), Entries.createBill(b2),
                Entries.createBill(b3));

        List<FeedChange> news = api.pullOk(shop.cashier().accessToken(), cursor, 1000).changes();
        assertThat(news).extracting(FeedChange::entityType, FeedChange::entityId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bill", b1.id()),
                org.assertj.core.groups.Tuple.tuple("stock", tea),
                org.assertj.core.groups.Tuple.tuple("bill", b2.id()),
                org.assertj.core.groups.Tuple.tuple("stock", rice),
                org.assertj.core.groups.Tuple.tuple("bill", b3.id()));
        StockLevelPayload teaLevel = Payloads.gson().fromJson(news.get(1).payload(), StockLevelPayload.class);
        StockLevelPayload riceLevel = Payloads.gson().fromJson(news.get(3).payload(), StockLevelPayload.class);
        assertThat(teaLevel.quantity()).isEqualTo(97).isEqualTo(admin.stockLevel(shop.id(), tea));
        assertThat(riceLevel.quantity()).isEqualTo(45).isEqualTo(admin.stockLevel(shop.id(), rice));
        assertThat(news.get(1).version()).isEqualTo(3L); // opening level 1, then one step per bill that took it
        assertThat(news.get(3).version()).isEqualTo(3L);
        assertThat(List.of(news.get(0), news.get(2), news.get(4))).extracting(c -> c.payload().get("legalLabel").getAsString())
                .as("a batch's bills carry their own series labels").doesNotHaveDuplicates().allMatch(l -> !l.isBlank());
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        Shop shop = newShop();
        for (int i = 0; i < 7; i++) product(shop, "P" + i, 100 + i, 0, i);
        List<FeedChange> all = pullAll(shop.cashier().accessToken(), 3);
        assertThat(all).hasSize(13); // 7 products + 6 non-zero opening stock levels
        assertThat(all).extracting(FeedChange::seq).doesNotHaveDuplicates().isSorted();
        assertThat(pullAll(shop.cashier().accessToken(), 1000)).isEqualTo(all);
    }

    @Test
    void aShopsTokenNeverSeesAnotherShopsFeed() {
        Shop a = newShop();
        Shop b = newShop();
        String bProduct = product(b, "SECRET", 999, 0, 5);
        api.pushOk(b.cashier().accessToken(), b.deviceId(), Entries.createBill(
                Entries.bill(b.deviceId(), b.cashierId(), 1, null, new Line(bProduct, 1, 999, 0))));
        product(a, "MINE", 100, 0, 1);

        List<FeedChange> aFeed = pullAll(a.cashier().accessToken(), 1000);

        assertThat(aFeed).isNotEmpty();
        assertThat(aFeed).noneMatch(c -> c.entityId().equals(bProduct) || c.payload().toString().contains("SECRET"));
        assertThat(aFeed).noneMatch(c -> c.entityType().equals("bill"));
    }

    @Test
    void aShopsTokenCannotPushIntoAnotherShop() {
        Shop a = newShop();
        Shop b = newShop();
        String bProduct = product(b, "B-ONLY", 500, 0, 5);

        var results = api.pushOk(a.supervisor().accessToken(), a.deviceId(),
                Entries.updateProduct(bProduct, "B-ONLY", "Hijacked", 1, 0, 1),
                Entries.createBill(Entries.bill(a.deviceId(), a.cashierId(), 1, null, new Line(bProduct, 5, 500, 0))),
                Entries.createBill(Entries.bill(b.deviceId(), b.cashierId(), 1, null, new Line(bProduct, 5, 500, 0))),
                Entries.receive(bProduct, 100)).results();

        assertThat(results).extracting(r -> r.outcome()).containsOnly(Outcome.REJECTED);
        assertThat(results).extracting(r -> r.rejected().code()).containsExactly(RejectCodes.NOT_FOUND,
                RejectCodes.UNKNOWN_PRODUCT, RejectCodes.FORBIDDEN_ACTOR, RejectCodes.UNKNOWN_PRODUCT);
        assertThat(admin.stockLevel(b.id(), bProduct)).isEqualTo(5);
        assertThat(pullAll(b.cashier().accessToken(), 1000)).noneMatch(c -> c.payload().toString().contains("Hijacked"));
        assertThat(admin.lastBillNumber(b.id())).isZero();
        assertThat(admin.lastBillNumber(a.id())).isZero();
    }

    @Test
    void aRequestIdStoredForAnotherShopIsNotReplayedToIt() {
        Shop a = newShop();
        Shop b = newShop();
        var entry = Entries.createProduct(Ids.newId(), "SAME", "Same", 1, 0);
        assertThat(api.pushOk(b.supervisor().accessToken(), b.deviceId(), entry).results().get(0).outcome()).isEqualTo(Outcome.APPLIED);
        var replayByA = api.pushOk(a.supervisor().accessToken(), a.deviceId(), entry).results().get(0);
        assertThat(replayByA.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(replayByA.rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_TAKEN);
    }

    @Test
    void headOfficeEditsAndReceiptsReachTheTillsThroughTheFeed() {
        Shop shop = newShop();
        String p = product(shop, "RICE", 5_000, 0, 3);
        String cursor = api.pullOk(shop.cashier().accessToken(), null, 1000).nextCursor();

        assertThat(admin.updateProduct(shop.id(), p, "Rice 5kg", 5_500, 500)).isEqualTo(2);
        assertThat(admin.receiveStock(shop.id(), p, 10)).isEqualTo(13);

        List<FeedChange> news = api.pullOk(shop.cashier().accessToken(), cursor, 1000).changes();
        assertThat(news).extracting(FeedChange::action).containsExactly("UPDATE_PRODUCT", FeedChange.SET_STOCK_LEVEL);
        assertThat(Payloads.gson().fromJson(news.get(0).payload(), ProductPayload.class).unitPrice()).isEqualTo(5_500);
        assertThat(news.get(0).version()).isEqualTo(2);
        assertThat(Payloads.gson().fromJson(news.get(1).payload(), StockLevelPayload.class).quantity()).isEqualTo(13);
    }

    @Test
    void aCursorFromAFeedTheServerNoLongerHoldsIsReadFromTheStart() {
        Shop shop = newShop();
        String p = product(shop, "RICE", 5_000, 0, 3);
        String beforeBackup = api.pullOk(shop.cashier().accessToken(), null, 1000).nextCursor();
        admin.receiveStock(shop.id(), p, 10);
        String tillsCursor = api.pullOk(shop.cashier().accessToken(), beforeBackup, 1000).nextCursor();
        // the server is put back from a backup taken at beforeBackup, then takes a new receipt
        long backupSeq = Long.parseLong(beforeBackup.split("\\.")[0]);
        server.database().dsl().deleteFrom(shopdesk.db.Tables.CHANGE_FEED)
                .where(shopdesk.db.Tables.CHANGE_FEED.SHOP_ID.eq(shop.id()), shopdesk.db.Tables.CHANGE_FEED.SEQ.gt(backupSeq))
                .execute();
        admin.receiveStock(shop.id(), p, 5);

        PullResponse page = api.pullOk(shop.cashier().accessToken(), tillsCursor, 1000);

        assertThat(page.changes()).extracting(FeedChange::action)
                .containsExactly("CREATE_PRODUCT", FeedChange.SET_STOCK_LEVEL, FeedChange.SET_STOCK_LEVEL);
        assertThat(Payloads.gson().fromJson(page.changes().get(2).payload(), StockLevelPayload.class).quantity())
                .isEqualTo(admin.stockLevel(shop.id(), p));
        assertThat(api.pullOk(shop.cashier().accessToken(), page.nextCursor(), 1000).changes()).isEmpty();
    }

    @Test
    void aCursorWhoseSeqNowHoldsAnotherChangeIsReadFromTheStart() {
        Shop shop = newShop();
        String p = product(shop, "RICE", 5_000, 0, 3);
        String cursor = api.pullOk(shop.cashier().accessToken(), null, 1000).nextCursor();
        long seq = Long.parseLong(cursor.split("\\.")[0]);
        // after a restore the same seq went to a change written later
        server.database().dsl().update(shopdesk.db.Tables.CHANGE_FEED)
                .set(shopdesk.db.Tables.CHANGE_FEED.CREATED_AT, shopdesk.db.Tables.CHANGE_FEED.CREATED_AT.plus(1))
                .where(shopdesk.db.Tables.CHANGE_FEED.SEQ.eq(seq)).execute();

        assertThat(api.pullOk(shop.cashier().accessToken(), cursor, 1000).changes()).extracting(FeedChange::action)
                .containsExactly("CREATE_PRODUCT", FeedChange.SET_STOCK_LEVEL);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(3);
        String bare = Long.toString(seq);
        assertThat(api.pullOk(shop.cashier().accessToken(), bare, 1000).changes()).as("a cursor without its row's time")
                .isEmpty();
    }

    @Test
    void theServersChangeRecorderWritesTheFeedOnlyWhenItsTransactionCommits() {
        Shop shop = newShop();
        String cursor = api.pullOk(shop.cashier().accessToken(), null, 1000).nextCursor();
        var recorder = ChangeFeed.recorderFor(shop.id(), shop.deviceId(), clock);
        String committed = Ids.newId();
        String rolledBack = Ids.newId();
        server.database().runInTransaction(tx -> {
            recorder.record(tx, change(committed));
        });
        try {
            server.database().runInTransaction(tx -> {
                recorder.record(tx, change(rolledBack));
                throw new IllegalStateException("the mutation failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        List<FeedChange> news = api.pullOk(shop.cashier().accessToken(), cursor, 1000).changes();
        assertThat(news).extracting(FeedChange::entityId).containsExactly(committed);
        assertThat(news.get(0).version()).isEqualTo(1);
    }

    private static shopdesk.dal.change.Change change(String customerId) {
        return new shopdesk.dal.change.Change("customer:" + customerId, "customer", customerId, "CREATE_CUSTOMER",
                Payloads.toJson(new shopdesk.protocol.payload.CustomerPayload(customerId, "N", null, null, 1)),
                Payloads.VERSION, null, null, List.of());
    }

    @Test
    void pullWithoutProtocolOrTokenIsRefused() {
        Api.Response r = api.get("/api/v1/sync/pull", null);
        assertThat(r.status()).isEqualTo(401);
    }
}
