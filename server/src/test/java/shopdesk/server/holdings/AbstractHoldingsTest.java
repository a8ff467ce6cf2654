package shopdesk.server.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.HeldNumbers;
import shopdesk.protocol.Holdings;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/** What the server says it holds of a till's bills: only the calling till's, counted per bucket, listed per range. */
public abstract class AbstractHoldingsTest extends ServerTestBase {

    @Test
    void aTillSeesCountsAndNumbersOfItsOwnBillsOnly() {
        Shop shop = newShop();
        String product = product(shop, "TEA", 1_000, 0, 1_000);
        for (long n : new long[] {1, 2, 3, 999, 1_000, 2_500}) {
            api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(
                    Entries.bill(shop.deviceId(), shop.cashierId(), n, null, new Entries.Line(product, 1, 1_000, 0))));
        }
        String other = admin.createDevice(shop.id(), "T2", "Till 2");
        var otherLogin = api.loginOk(shop.cashierName(), PASSWORD, other);
        api.pushOk(otherLogin.accessToken(), other, Entries.createBill(
                Entries.bill(other, shop.cashierId(), 5, null, new Entries.Line(product, 1, 1_000, 0))));

        Holdings h = api.get("/api/v1/sync/holdings", shop.cashier().accessToken()).as(Holdings.class);
        assertThat(h.deviceId()).isEqualTo(shop.deviceId());
        assertThat(h.bucketSize()).isEqualTo(HoldingsRoutes.BUCKET_SIZE);
        assertThat(h.buckets()).containsExactly(new Holdings.Bucket(0, 4), new Holdings.Bucket(1, 1),
                new Holdings.Bucket(2, 1));

        HeldNumbers first = api.get("/api/v1/sync/holdings/numbers?from=0&to=999", shop.cashier().accessToken())
                .as(HeldNumbers.class);
        assertThat(first.localNumbers()).containsExactly(1L, 2L, 3L, 999L);
        HeldNumbers ofT2 = api.get("/api/v1/sync/holdings/numbers?from=0&to=999", otherLogin.accessToken())
                .as(HeldNumbers.class);
        assertThat(ofT2.localNumbers()).containsExactly(5L);
    }

    @Test
    void aRangeTooWideOrNotANumberIsRefusedWithAStableCode() {
        Shop shop = newShop();
        var wide = api.get("/api/v1/sync/holdings/numbers?from=0&to=1000", shop.cashier().accessToken());
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.error().code()).isEqualTo(ErrorCodes.INVALID_FIELD);
        var bad = api.get("/api/v1/sync/holdings/numbers?from=x&to=3", shop.cashier().accessToken());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error().field()).isEqualTo("from");
        assertThat(api.get("/api/v1/sync/holdings", null).status()).isEqualTo(401);
    }
}
