package shopdesk.protocol.payload;

import java.util.List;
import shopdesk.protocol.BillStatus;

/**
 * CREATE_BILL: everything the server needs to re-check and record the bill. Totals are the till's; the server
 * recomputes them from the items, the discounts and the rounding unit, and rejects a bill whose totals disagree.
 * {@code overrideUserId} is the supervisor who approved selling beyond stock (null if none);
 * {@code discountApprovedBy} the one who approved a discount beyond the cashier's limit (null if none);
 * {@code noteApprovedBy} the one who vouched for another till's store-credit note the till could not check (offline,
 * or not on the server yet), from the paper note (null if none). Fields added
 * after version 1 default to "none" when absent (no discount, tax-exclusive, counted, rounding unit 1), so older
 * payloads keep their meaning without a migrator.
 */
public record BillPayload(String id, String deviceId, String userId, String customerId, long localNumber,
                          String localLabel, long clientCreatedAt, long subtotal, long taxTotal, long total,
                          List<Item> items, List<Payment> payments, String overrideUserId,
                          Long serverNumber, BillStatus status, Discount discount, String discountReason,
                          long discountTotal, String discountApprovedBy, long rounding, long roundingUnit,
                          List<Tax> taxes, String noteApprovedBy) {

    /** A bill without an unchecked store-credit note. */
    public BillPayload(String id, String deviceId, String userId, String customerId, long localNumber,
                       String localLabel, long clientCreatedAt, long subtotal, long taxTotal, long total,
                       List<Item> items, List<Payment> payments, String overrideUserId,
                       Long serverNumber, BillStatus status, Discount discount, String discountReason,
                       long discountTotal, String discountApprovedBy, long rounding, long roundingUnit,
                       List<Tax> taxes) {
        this(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal, taxTotal, total, items,
                payments, overrideUserId, serverNumber, status, discount, discountReason, discountTotal, discountApprovedBy,
                rounding, roundingUnit, taxes, null);
    }

    /** A bill as version 1 knew it: no discounts, no rounding, no tax table. */
    public BillPayload(String id, String deviceId, String userId, String customerId, long localNumber,
                       String localLabel, long clientCreatedAt, long subtotal, long taxTotal, long total,
                       List<Item> items, List<Payment> payments, String overrideUserId, Long serverNumber,
                       BillStatus status) {
        this(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal, taxTotal, total, items,
                payments, overrideUserId, serverNumber, status, null, null, 0, null, 0, 1, null);
    }

    /** The same bill with this legal number. */
    public BillPayload withServerNumber(Long number) {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total, items, payments, overrideUserId, number, status, discount, discountReason, discountTotal,
                discountApprovedBy, rounding, roundingUnit, taxes, noteApprovedBy);
    }

    /** The same bill with this supervisor vouching for its unchecked store-credit note (null: none). */
    public BillPayload withNoteApprovedBy(String supervisor) {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total, items, payments, overrideUserId, serverNumber, status, discount, discountReason,
                discountTotal, discountApprovedBy, rounding, roundingUnit, taxes, supervisor);
    }

    /** The same bill with this status. */
    public BillPayload withStatus(BillStatus newStatus) {
        return new BillPayload(id, deviceId, userId, customerId, localNumber, localLabel, clientCreatedAt, subtotal,
                taxTotal, total, items, payments, overrideUserId, serverNumber, newStatus, discount, discountReason,
                discountTotal, discountApprovedBy, rounding, roundingUnit, taxes, noteApprovedBy);
    }

    /** The coin the total was rounded to; absent (0) in payloads that had no rounding means 1 (none). */
    public long coin() {
        return roundingUnit <= 0 ? 1 : roundingUnit;
    }

    /**
     * A line. {@code quantity} counts units, or thousandths of a kg when {@code weighed}; {@code unitPrice} is the
     * price charged, {@code listPrice} the catalog's when the cashier overrode it (null: not overridden) and
     * {@code reason} why.
     */
    public record Item(int lineNo, String productId, String sku, String name, long quantity, long unitPrice,
                       int taxRateBp, boolean weighed, boolean taxInclusive, Long listPrice, String reason,
                       Discount discount) {
        public Item(int lineNo, String productId, String sku, String name, long quantity, long unitPrice, int taxRateBp) {
            this(lineNo, productId, sku, name, quantity, unitPrice, taxRateBp, false, false, null, null, null);
        }
    }

    public record Payment(int lineNo, String method, long amount, long tendered, String reference) {
    }

    /** {@code kind} PERCENT ({@code value} in basis points) or AMOUNT ({@code value} in minor units). */
    public record Discount(String kind, long value) {
    }

    /** One row of the bill's tax table. */
    public record Tax(int rateBp, long taxable, long tax) {
    }
}
