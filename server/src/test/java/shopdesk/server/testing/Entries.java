package shopdesk.server.testing;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.common.Ids;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.CashMovementPayload;
import shopdesk.protocol.payload.CustomerPayload;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.protocol.payload.StockDeltaPayload;
import shopdesk.protocol.payload.VoidBillPayload;
import shopdesk.protocol.payload.ZReportPayload;

/** Builds push entries the way a till's outbox would, with payloads from dal's payload records. */
public final class Entries {
    private Entries() {
    }

    public static PushEntry entry(String action, String entityType, String entityId, Object payload, Long baseVersion) {
        JsonObject json = Payloads.gson().toJsonTree(payload).getAsJsonObject();
        return new PushEntry(Ids.newId(), entityType + ":" + entityId, 1, entityType, entityId, action, Payloads.VERSION,
                json, baseVersion, null, System.currentTimeMillis());
    }

    public static PushEntry createProduct(String id, String sku, String name, long price, int taxBp) {
        return entry("CREATE_PRODUCT", "product", id, new ProductPayload(id, sku, null, name, price, taxBp, 0, 1, false), null);
    }

    public static PushEntry updateProduct(String id, String sku, String name, long price, int taxBp, long baseVersion) {
        return entry("UPDATE_PRODUCT", "product", id, new ProductPayload(id, sku, null, name, price, taxBp, 0, baseVersion + 1, false),
                baseVersion);
    }

    public static PushEntry createCustomer(String id, String name, String phone) {
        return entry("CREATE_CUSTOMER", "customer", id, new CustomerPayload(id, name, phone, null, 1), null);
    }

    public static PushEntry updateCustomer(String id, String name, String phone, long baseVersion) {
        return entry("UPDATE_CUSTOMER", "customer", id, new CustomerPayload(id, name, phone, null, baseVersion + 1), baseVersion);
    }

    public static PushEntry receive(String productId, long qty) {
        return entry("RECEIVE_STOCK", "stock", productId, new StockDeltaPayload(Ids.newId(), productId, qty, MovementKind.RECEIVE, "delivery"), null);
    }

    public static PushEntry adjust(String productId, long delta) {
        return entry("ADJUST_STOCK", "stock", productId, new StockDeltaPayload(Ids.newId(), productId, delta, MovementKind.ADJUST, "count"), null);
    }

    public static PushEntry voidBill(String billId, String reason, String userId) {
        return entry("VOID_BILL", "bill", billId, new VoidBillPayload(billId, reason, userId), null);
    }

    /** A line of a bill: product, quantity, tax-exclusive unit price, tax rate. */
    public record Line(String productId, long qty, long price, int taxBp) {
    }

    public static BillPayload bill(String deviceId, String userId, long localNumber, String overrideUserId, Line... lines) {
        List<BillPayload.Item> items = new ArrayList<>();
        List<BillCalculator.Line> calc = new ArrayList<>();
        int n = 0;
        for (Line l : lines) {
            items.add(new BillPayload.Item(++n, l.productId(), "SKU-" + n, "Item " + n, l.qty(), l.price(), l.taxBp()));
            calc.add(new BillCalculator.Line(l.qty(), l.price(), l.taxBp()));
        }
        BillCalculator.Totals t = BillCalculator.totals(calc);
        return new BillPayload(Ids.newId(), deviceId, userId, null, localNumber, "T1-" + String.format("%06d", localNumber),
                System.currentTimeMillis(), t.subtotal(), t.tax(), t.total(), items,
                List.of(new BillPayload.Payment(1, "CASH", t.total(), t.total(), null)), overrideUserId, null, BillStatus.COMPLETED);
    }

    public static PushEntry createBill(BillPayload b) {
        return entry("CREATE_BILL", "bill", b.id(), b, null);
    }

    /** A till's sync resolution for the server's audit log, by {@code userId} on {@code deviceId}. */
    public static PushEntry auditRecord(String deviceId, String userId, String action, String reason) {
        String id = Ids.newId();
        return entry("RECORD_AUDIT", EntityType.AUDIT, id, new shopdesk.protocol.payload.AuditRecordPayload(id, deviceId, userId,
                action, "bill", "b-1", reason, "void bill b-1 and restore stock", 1L), null);
    }

    /** A drawer document of the till, numbered {@code number} on it. */
    public static PushEntry cashMovement(String deviceId, String userId, long number, String kind, long amount, String reason) {
        String id = Ids.newId();
        return entry("CASH_MOVEMENT", EntityType.CASH_MOVEMENT, id,
                new CashMovementPayload(id, deviceId, userId, number, kind, amount, reason, 1L), null);
    }

    /** A Z of a day with 100.00 float and 20.00 cash sales (120.00 expected), on the till's Z stream. */
    public static PushEntry zReport(String deviceId, String userId, long number, String date, long counted, String approvedBy) {
        String id = Ids.newId();
        DayTotals t = new DayTotals(1, 2_000, 0, 2_000, 0, 0, 0, 0, 0, List.of(new DayTotals.MethodTotal("CASH", 1, 2_000)),
                List.of(new DayTotals.TaxTotal(0, 2_000, 0, 2_000)), 10_000, 0, 0, 2_000, 12_000,
                new DayTotals.BillRange(1L, "T1-000001", 1, "T1-000001", null, null), 1, 0, 0, 0);
        ZReportPayload p = new ZReportPayload(id, deviceId, userId, number, date, 1L, t,
                new DrawerCount(List.of(), counted, 12_000, counted - 12_000), approvedBy);
        PushEntry e = entry("CLOSE_DAY", EntityType.Z_REPORT, id, p, null);
        return new PushEntry(e.requestId(), EntityType.Z_REPORT + ":" + deviceId, number, e.entityType(), e.entityId(), e.action(),
                e.payloadVersion(), e.payload(), null, userId, e.createdAt());
    }
}
