package shopdesk.server.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shopdesk.dal.common.Ids;
import shopdesk.dal.money.Limits;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/**
 * Hostile numbers and names pushed over real HTTP: each is REJECTED with a stable code naming the field, and the
 * database is exactly as before. Nothing is truncated (1.5 stored as 1) or wrapped (2^64 + 500 stored as 500).
 */
public abstract class AbstractCheckedValuesTest extends ServerTestBase {
    private static final BigInteger TWO_TO_64_PLUS_500 = BigInteger.TWO.pow(64).add(BigInteger.valueOf(500));
    private static final long LONG_MAX = Long.MAX_VALUE;
    private Shop shop;
    private String tea;
    private String soap;

    @BeforeAll
    void shopWithStock() {
        shop = newShop();
        tea = product(shop, "TEA", 12_000, 500, 50);
        soap = admin.createProduct(shop.id(), "SOAP", "8901000000017", "Soap", 4_000, 1_800, 50);
    }

    private static JsonPrimitive num(String text) {
        return new JsonPrimitive(new BigDecimal(text));
    }

    private static JsonObject item(JsonObject bill, int n) {
        return bill.getAsJsonArray("items").get(n).getAsJsonObject();
    }

    private static JsonObject payment(JsonObject bill) {
        return bill.getAsJsonArray("payments").get(0).getAsJsonObject();
    }

    private record Probe(String name, Consumer<JsonObject> change, String code, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> hostileBills() {
        return Stream.of(
                new Probe("fractional quantity", b -> item(b, 0).add("quantity", num("1.5")), RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("quantity 2^64+500", b -> item(b, 0).add("quantity", new JsonPrimitive(TWO_TO_64_PLUS_500)),
                        RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("quantity 2^63-1", b -> item(b, 0).addProperty("quantity", LONG_MAX), RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("two lines of 2^63-1", b -> {
                    item(b, 0).addProperty("quantity", LONG_MAX);
                    item(b, 1).addProperty("quantity", LONG_MAX);
                }, RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("quantity over the line limit", b -> item(b, 0).addProperty("quantity", Limits.MAX_QUANTITY + 1),
                        RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("quantity zero", b -> item(b, 0).addProperty("quantity", 0), RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("negative quantity", b -> item(b, 0).addProperty("quantity", -3), RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("quantity in exponent form with a fraction", b -> item(b, 0).add("quantity", num("2.5e0")),
                        RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("quantity as a word", b -> item(b, 0).addProperty("quantity", "lots"), RejectCodes.INVALID_PAYLOAD, "quantity"),
                new Probe("unit price over the amount limit", b -> item(b, 0).addProperty("unitPrice", Limits.MAX_AMOUNT + 1),
                        RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("negative unit price", b -> item(b, 0).addProperty("unitPrice", -1), RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("fractional unit price", b -> item(b, 0).add("unitPrice", num("12000.5")), RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("tax rate over 100%", b -> item(b, 0).addProperty("taxRateBp", Limits.MAX_TAX_RATE_BP + 1),
                        RejectCodes.INVALID_PAYLOAD, "taxRateBp"),
                new Probe("tax rate beyond an int", b -> item(b, 0).addProperty("taxRateBp", 1L << 32), RejectCodes.INVALID_PAYLOAD, "taxRateBp"),
                new Probe("line number beyond an int", b -> item(b, 0).addProperty("lineNo", 1L << 40), RejectCodes.INVALID_PAYLOAD, "lineNo"),
                new Probe("payment over the amount limit", b -> payment(b).addProperty("amount", Limits.MAX_AMOUNT + 1),
                        RejectCodes.INVALID_PAYLOAD, "amount"),
                new Probe("fractional payment", b -> payment(b).add("amount", num("0.5")), RejectCodes.INVALID_PAYLOAD, "amount"),
                new Probe("negative payment", b -> payment(b).addProperty("amount", -100), RejectCodes.INVALID_PAYLOAD, "amount"),
                new Probe("negative cash handed over", b -> payment(b).addProperty("tendered", -100), RejectCodes.INVALID_PAYLOAD,
                        "tendered"),
                new Probe("cash handed over beyond the amount limit", b -> payment(b).addProperty("tendered", Limits.MAX_AMOUNT + 1),
                        RejectCodes.INVALID_PAYLOAD, "tendered"),
                new Probe("total 2^64+500", b -> b.add("total", new JsonPrimitive(TWO_TO_64_PLUS_500)), RejectCodes.INVALID_PAYLOAD, "total"),
                new Probe("fractional local number", b -> b.add("localNumber", num("7.25")), RejectCodes.INVALID_PAYLOAD, "localNumber"),
                new Probe("creation time beyond a long", b -> b.add("clientCreatedAt", num("1e30")), RejectCodes.INVALID_PAYLOAD, "clientCreatedAt"),
                new Probe("items as a string", b -> b.addProperty("items", "all of them"), RejectCodes.INVALID_PAYLOAD, "items"),
                new Probe("item as a number", b -> b.getAsJsonArray("items").set(0, num("4")), RejectCodes.INVALID_PAYLOAD, "items"),
                new Probe("item name with NUL", b -> item(b, 0).addProperty("name", "Tea\u0000"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("item name with a line break", b -> item(b, 0).addProperty("name", "Tea\r\nFORGED LOG LINE"),
                        RejectCodes.INVALID_PAYLOAD, "name")
        ).map(Arguments::of);
    }

    /** A fresh, correct two-line bill as JSON, for a probe to spoil. */
    private PushEntry bill() {
        return Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), Math.abs(System.nanoTime() % 1_000_000_000L) + 1,
                null, new Line(tea, 2, 12_000, 500), new Line(soap, 1, 4_000, 1_800)));
    }

    /** Pushed by the role allowed to make the change (bills and customers: a cashier; catalog and stock: a supervisor). */
    private EntryResult.Rejected pushRefused(PushEntry entry, String code) {
        DatabaseState before = DatabaseState.of(server.database().dsl());
        boolean cashiers = entry.action().equals("CREATE_BILL") || entry.action().endsWith("_CUSTOMER");
        String token = (cashiers ? shop.cashier() : shop.supervisor()).accessToken();
        PushResponse r = api.pushOk(token, shop.deviceId(), entry);
        EntryResult result = r.results().get(0);
        assertThat(result.outcome()).as(String.valueOf(result)).isEqualTo(Outcome.REJECTED);
        assertThat(result.rejected().code()).isEqualTo(code);
        assertThat(DatabaseState.of(server.database().dsl())).isEqualTo(before);
        assertThat(result.rejected().message()).doesNotContain("java.", "com.google", "gson", "Exception", "Expected BEGIN");
        return result.rejected();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBills")
    void aBillWithAHostileValueIsRefusedNamingTheFieldAndChangesNothing(Probe probe) {
        PushEntry entry = bill();
        probe.change().accept(entry.payload());
        EntryResult.Rejected r = pushRefused(entry, probe.code());
        assertThat(r.message()).contains(probe.field());
    }

    @Test
    void aBillWhoseTotalPassesTheAmountLimitIsRefusedWithoutTouchingStock() {
        String gold = product(shop, "GOLD-" + Ids.newId().substring(0, 6), Limits.MAX_AMOUNT, 0, 10);
        PushEntry entry = Entries.createBill(Entries.bill(shop.deviceId(), shop.cashierId(), 900_000_001, null,
                new Line(gold, 1, Limits.MAX_AMOUNT, 0)));
        entry.payload().getAsJsonArray("items").get(0).getAsJsonObject().addProperty("quantity", 2);
        pushRefused(entry, RejectCodes.TOTAL_MISMATCH);
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        String big = product(shop, "BIG-" + Ids.newId().substring(0, 6), Limits.MAX_AMOUNT / Limits.MAX_QUANTITY, 0,
                Limits.MAX_QUANTITY);
        PushResponse r = api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(Entries.bill(shop.deviceId(),
                shop.cashierId(), 900_000_002, null, new Line(big, Limits.MAX_QUANTITY, Limits.MAX_AMOUNT / Limits.MAX_QUANTITY, 0))));
        assertThat(r.results().get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(admin.stockLevel(shop.id(), big)).isZero();
    }

    // ---- products

    private PushEntry newProduct(String sku, String barcode, String name) {
        String id = Ids.newId();
        PushEntry e = Entries.createProduct(id, sku, name, 5_000, 1_200);
        if (barcode != null) e.payload().addProperty("barcode", barcode);
        return e;
    }

    static Stream<Arguments> hostileProducts() {
        return Stream.of(
                new Probe("fractional price", p -> p.add("unitPrice", num("49.99")), RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("price 2^64+500", p -> p.add("unitPrice", new JsonPrimitive(TWO_TO_64_PLUS_500)), RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("price over the amount limit", p -> p.addProperty("unitPrice", Limits.MAX_AMOUNT + 1), RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("negative price", p -> p.addProperty("unitPrice", -5), RejectCodes.INVALID_PAYLOAD, "unitPrice"),
                new Probe("tax rate over 100%", p -> p.addProperty("taxRateBp", 10_001), RejectCodes.INVALID_PAYLOAD, "taxRateBp"),
                new Probe("negative tax rate", p -> p.addProperty("taxRateBp", -1), RejectCodes.INVALID_PAYLOAD, "taxRateBp"),
                new Probe("fractional tax rate", p -> p.add("taxRateBp", num("1800.5")), RejectCodes.INVALID_PAYLOAD, "taxRateBp"),
                new Probe("low-stock level beyond a long", p -> p.add("lowStockLevel", new JsonPrimitive(TWO_TO_64_PLUS_500)),
                        RejectCodes.INVALID_PAYLOAD, "lowStockLevel"),
                new Probe("low-stock level over the stock limit", p -> p.addProperty("lowStockLevel", Limits.MAX_STOCK + 1),
                        RejectCodes.INVALID_PAYLOAD, "lowStockLevel"),
                new Probe("name with NUL", p -> p.addProperty("name", "Tea\u0000"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("name with CR LF", p -> p.addProperty("name", "Tea\r\nINFO forged"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("name of zero-width spaces", p -> p.addProperty("name", "\u200B\u200B\u200B"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("name of a BOM and spaces", p -> p.addProperty("name", " \uFEFF  "), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("name of Hangul fillers", p -> p.addProperty("name", "\u3164\u3164"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("SKU with a tab", p -> p.addProperty("sku", "A\tB"), RejectCodes.INVALID_PAYLOAD, "sku"),
                new Probe("barcode with an escape character", p -> p.addProperty("barcode", "890\u001b[2J"), RejectCodes.INVALID_PAYLOAD, "barcode"),
                new Probe("SKU already used, with spaces around it", p -> p.addProperty("sku", "  TEA  "), RejectCodes.DUPLICATE, "TEA"),
                new Probe("barcode already used", p -> p.addProperty("barcode", "8901000000017"), RejectCodes.DUPLICATE, "8901000000017"),
                new Probe("barcode already used, with spaces around it", p -> p.addProperty("barcode", " 8901000000017 "),
                        RejectCodes.DUPLICATE, "8901000000017")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileProducts")
    void aProductWithAHostileValueIsRefusedAndChangesNothing(Probe probe) {
        PushEntry entry = newProduct("NEW-" + Ids.newId().substring(0, 8), null, "New product");
        probe.change().accept(entry.payload());
        EntryResult.Rejected r = pushRefused(entry, probe.code());
        assertThat(r.message()).contains(probe.field());
    }

    @Test
    void anEditThatWouldGiveAProductAnotherProductsBarcodeIsRefused() {
        String id = Ids.newId();
        PushEntry create = newProduct("EDIT-" + id.substring(0, 6), "4006381333931", "Pen");
        assertThat(api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), create).results().get(0).outcome())
                .isEqualTo(Outcome.APPLIED);
        PushEntry edit = Entries.updateProduct(create.entityId(), "EDIT-" + id.substring(0, 6), "Pen", 5_000, 1_200, 1);
        edit.payload().addProperty("barcode", "8901000000017");
        EntryResult result = api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), edit).results().get(0);
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.rejected().code()).isEqualTo(RejectCodes.DUPLICATE);
    }

    @Test
    void aProductsSkuBarcodeAndNameAreStoredTrimmed() {
        String sku = "TRIM-" + Ids.newId().substring(0, 6);
        PushEntry create = newProduct("  " + sku + " ", " 5012345678900 ", "  Ginger tea ");
        assertThat(api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), create).results().get(0).outcome())
                .isEqualTo(Outcome.APPLIED);
        var row = server.database().dsl().selectFrom(shopdesk.db.Tables.PRODUCT)
                .where(shopdesk.db.Tables.PRODUCT.ID.eq(create.entityId())).fetchOne();
        assertThat(row.getSku()).isEqualTo(sku);
        assertThat(row.getBarcode()).isEqualTo("5012345678900");
        assertThat(row.getName()).isEqualTo("Ginger tea");
    }

    // ---- stock and customers

    static Stream<Arguments> hostileStockChanges() {
        return Stream.of(
                new Probe("fractional receipt", d -> d.add("delta", num("2.5")), RejectCodes.INVALID_PAYLOAD, "delta"),
                new Probe("receipt of 2^64+500", d -> d.add("delta", new JsonPrimitive(TWO_TO_64_PLUS_500)), RejectCodes.INVALID_PAYLOAD, "delta"),
                new Probe("receipt of 2^63-1", d -> d.addProperty("delta", LONG_MAX), RejectCodes.INVALID_PAYLOAD, "delta"),
                new Probe("receipt over the stock limit", d -> d.addProperty("delta", Limits.MAX_STOCK + 1), RejectCodes.INVALID_PAYLOAD, "delta"),
                new Probe("reason with a line break", d -> d.addProperty("reason", "count\nforged"), RejectCodes.INVALID_PAYLOAD, "reason")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStockChanges")
    void aStockReceiptWithAHostileValueIsRefusedAndChangesNothing(Probe probe) {
        PushEntry entry = Entries.receive(tea, 5);
        probe.change().accept(entry.payload());
        pushRefused(entry, probe.code());
    }

    @Test
    void anAdjustmentOfMinusTwoToThe63IsRefused() {
        PushEntry entry = Entries.adjust(tea, -1);
        entry.payload().addProperty("delta", Long.MIN_VALUE);
        EntryResult.Rejected r = pushRefused(entry, RejectCodes.INVALID_PAYLOAD);
        assertThat(r.message()).contains("delta");
    }

    @Test
    void aReceiptThatWouldTakeStockPastItsLimitIsRefused() {
        String bulk = product(shop, "BULK-" + Ids.newId().substring(0, 6), 100, 0, Limits.MAX_STOCK - 10);
        EntryResult.Rejected r = pushRefused(Entries.receive(bulk, 11), RejectCodes.INVALID_PAYLOAD);
        assertThat(r.message()).contains("delta", Long.toString(Limits.MAX_STOCK));
        assertThat(admin.stockLevel(shop.id(), bulk)).isEqualTo(Limits.MAX_STOCK - 10);
    }

    static Stream<Arguments> hostileCustomers() {
        return Stream.of(
                new Probe("customer name with NUL", c -> c.addProperty("name", "Asha\u0000"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("customer name of zero-width joiners", c -> c.addProperty("name", "\u200D\u200D"), RejectCodes.INVALID_PAYLOAD, "name"),
                new Probe("customer phone with a line feed", c -> c.addProperty("phone", "98450\n00000"), RejectCodes.INVALID_PAYLOAD, "phone"),
                new Probe("customer version beyond a long", c -> c.add("version", new JsonPrimitive(TWO_TO_64_PLUS_500)),
                        RejectCodes.INVALID_PAYLOAD, "version")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCustomers")
    void aCustomerWithAHostileValueIsRefusedAndChangesNothing(Probe probe) {
        PushEntry entry = Entries.createCustomer(Ids.newId(), "Asha", "9845000000");
        probe.change().accept(entry.payload());
        EntryResult.Rejected r = pushRefused(entry, probe.code());
        assertThat(r.message()).contains(probe.field());
    }

}
