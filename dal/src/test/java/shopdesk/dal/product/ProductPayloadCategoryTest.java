package shopdesk.dal.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;

/** The category travels in the product payload without breaking a till or server that does not know it. */
class ProductPayloadCategoryTest {

    @Test
    void aPayloadFromAnOlderTillHasNoCategorySoTheStoredOneIsKept() {
        ProductPayload old = Payloads.fromJson("{\"id\":\"p1\",\"sku\":\"TEA-1\",\"barcode\":null,\"name\":\"Tea\","
                + "\"unitPrice\":100,\"taxRateBp\":500,\"lowStockLevel\":0,\"version\":3,\"deleted\":false}", ProductPayload.class);
        assertThat(old.category()).isNull();
        assertThat(old.version()).isEqualTo(3);
    }

    @Test
    void aProductWithoutACategorySendsItAsEmptySoAReceiverClearsIt() {
        Product p = new Product("p1", "s", "TEA-1", null, "Tea", 100, 500, 0, 3, false, 1, 1, null);
        assertThat(Payloads.toJson(p.payload())).contains("\"category\":\"\"");
        Product q = new Product("p1", "s", "TEA-1", null, "Tea", 100, 500, 0, 3, false, 1, 1, "Tea");
        assertThat(Payloads.fromJson(Payloads.toJson(q.payload()), ProductPayload.class).category()).isEqualTo("Tea");
    }
}
