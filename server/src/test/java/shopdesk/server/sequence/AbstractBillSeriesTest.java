package shopdesk.server.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL_NUMBER;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import shopdesk.dal.user.Role;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/**
 * Legal number series over real HTTP: the server puts a bill in the tax-invoice or bill-of-supply series by its
 * lines, labels it with the shop's prefix and financial year, and keeps each series gapless under concurrent pushes.
 */
public abstract class AbstractBillSeriesTest extends ServerTestBase {

    private EntryResult.Applied push(TokenResponse login, String device, PushEntry e) {
        EntryResult r = api.pushOk(login.accessToken(), device, e).results().get(0);
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.APPLIED);
        return r.applied();
    }

    @Test
    void taxedAndExemptBillsAreNumberedInTheirOwnSeries() {
        Shop shop = newShop();
        String taxed = product(shop, "TAX", 1_000, 1_800, 100);
        String exempt = product(shop, "RICE", 500, 0, 100);
        long n = 0;
        EntryResult.Applied a = push(shop.cashier(), shop.deviceId(), Entries.createBill(Entries.bill(shop.deviceId(),
                shop.cashierId(), ++n, null, new Line(taxed, 1, 1_000, 1_800))));
        EntryResult.Applied b = push(shop.cashier(), shop.deviceId(), Entries.createBill(Entries.bill(shop.deviceId(),
                shop.cashierId(), ++n, null, new Line(exempt, 2, 500, 0))));
        PushEntry mixed = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), ++n, null,
                new Line(exempt, 1, 500, 0), new Line(taxed, 1, 1_000, 1_800)));
        EntryResult.Applied c = push(shop.cashier(), shop.deviceId(), mixed);

        assertThat(List.of(a.series(), b.series(), c.series())).containsExactly("TAX_INVOICE", "BILL_OF_SUPPLY", "TAX_INVOICE");
        assertThat(List.of(a.legalLabel(), b.legalLabel(), c.legalLabel()))
                .containsExactly("INV/2025-26/000001", "BOS/2025-26/000001", "INV/2025-26/000002");
        assertThat(List.of(a.serverNumber(), b.serverNumber(), c.serverNumber())).containsExactly(1L, 2L, 3L);
        // a replay answers the stored result, label included, and claims nothing
        assertThat(push(shop.cashier(), shop.deviceId(), mixed)).isEqualTo(c);
        assertThat(LegalSeries.lastIssued(server.database().dsl(), shop.id(), shopdesk.protocol.BillSeries.TAX_INVOICE, 2025))
                .isEqualTo(2);
    }

    @Test
    void aShopsOwnPrefixesAndYearStartAreUsed() {
        Shop shop = newShop();
        SeriesSettings.save(server.database().dsl(), shop.id(), new SeriesSettings(1, ZoneId.of("UTC"), "GST-{fy}-",
                "NG-{fy}-", "CN-{fy}-"));
        String exempt = product(shop, "MILK", 400, 0, 10);
        EntryResult.Applied a = push(shop.cashier(), shop.deviceId(), Entries.createBill(Entries.bill(shop.deviceId(),
                shop.cashierId(), 1, null, new Line(exempt, 1, 400, 0))));
        assertThat(a.legalLabel()).isEqualTo("NG-2026-000001");
    }

    @Test
    void twoTillsPushingAtOnceLeaveEverySeriesGapless() throws Exception {
        Shop shop = newShop();
        String taxed = product(shop, "T", 1_000, 500, 10_000);
        String exempt = product(shop, "E", 700, 0, 10_000);
        String device2 = admin.createDevice(shop.id(), "T2", "Till 2");
        String user2 = admin.createUser(shop.id(), "series2-" + System.nanoTime(), "Two", PASSWORD, Role.CASHIER);
        String name2 = server.database().dsl().select(shopdesk.db.Tables.APP_USER.USERNAME).from(shopdesk.db.Tables.APP_USER)
                .where(shopdesk.db.Tables.APP_USER.ID.eq(user2)).fetchOne(shopdesk.db.Tables.APP_USER.USERNAME);
        TokenResponse login2 = api.loginOk(name2, PASSWORD, device2);
        record Till(String device, String user, TokenResponse login) {
        }
        List<Till> tills = List.of(new Till(shop.deviceId(), shop.cashierId(), shop.cashier()), new Till(device2, user2, login2));
        ConcurrentHashMap<String, String> labels = new ConcurrentHashMap<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (Till till : tills) {
            work.add(() -> {
                for (int k = 1; k <= 12; k++) {
                    // alternately one bill and a batch of three, taxed and exempt mixed
                    List<PushEntry> entries = new ArrayList<>();
                    for (int j = 0; j < (k % 2 == 0 ? 3 : 1); j++) {
                        long local = k * 10L + j;
                        Line line = (k + j) % 3 == 0 ? new Line(exempt, 1, 700, 0) : new Line(taxed, 1, 1_000, 500);
                        entries.add(Entries.createBill(Entries.bill(till.device(), till.user(), local, null, line)));
                    }
                    for (EntryResult r : api.pushOk(till.login().accessToken(), till.device(),
                            entries.toArray(PushEntry[]::new)).results()) {
                        assertThat(r.outcome()).isEqualTo(Outcome.APPLIED);
                        labels.put(r.requestId(), r.applied().legalLabel());
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> f : pool.invokeAll(work)) f.get();
        } finally {
            pool.shutdown();
        }
        var dsl = server.database().dsl();
        for (String series : List.of("TAX_INVOICE", "BILL_OF_SUPPLY")) {
            List<Long> numbers = dsl.select(BILL_NUMBER.SERIES_NUMBER).from(BILL_NUMBER)
                    .where(BILL_NUMBER.SHOP_ID.eq(shop.id()), BILL_NUMBER.SERIES.eq(series))
                    .orderBy(BILL_NUMBER.SERIES_NUMBER).fetch(BILL_NUMBER.SERIES_NUMBER);
            assertThat(numbers).as(series).isNotEmpty()
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList());
        }
        assertThat(labels).hasSize(48);
        assertThat(dsl.fetchCount(BILL_NUMBER, BILL_NUMBER.SHOP_ID.eq(shop.id()))).isEqualTo(48);
        assertThat(dsl.selectDistinct(BILL_NUMBER.LEGAL_LABEL).from(BILL_NUMBER).where(BILL_NUMBER.SHOP_ID.eq(shop.id()))
                .fetch(BILL_NUMBER.LEGAL_LABEL)).containsExactlyInAnyOrderElementsOf(labels.values());
    }
}
