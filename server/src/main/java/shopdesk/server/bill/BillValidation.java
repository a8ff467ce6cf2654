package shopdesk.server.bill;

import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.BillTerms;
import shopdesk.dal.error.ValidationException;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryRefused;

/** The checks of a pushed bill that need no database: its fields, and its arithmetic recomputed by the server. */
final class BillValidation {
    private BillValidation() {
    }

    /** Required fields present, texts within their columns, quantities and amounts in range. */
    static void fields(BillPayload b) {
        Checks.text(b.deviceId(), "payload.deviceId", 36);
        Checks.text(b.userId(), "payload.userId", 36);
        Checks.optionalText(b.customerId(), "payload.customerId", 36);
        Checks.text(b.localLabel(), "payload.localLabel", 32);
        Checks.atLeast(b.localNumber(), 1, "payload.localNumber");
        if (b.items() == null || b.items().isEmpty()) throw EntryRefused.invalid("payload.items", "must list at least one item");
        for (int n = 0; n < b.items().size(); n++) {
            BillPayload.Item i = b.items().get(n);
            String at = "payload.items[" + n + "]";
            if (i == null) throw EntryRefused.invalid(at, "is missing");
            Checks.text(i.productId(), at + ".productId", 36);
            Checks.atLeast(i.quantity(), 1, at + ".quantity");
            Checks.atLeast(i.unitPrice(), 0, at + ".unitPrice");
            Checks.atLeast(i.taxRateBp(), 0, at + ".taxRateBp");
            Checks.optionalText(i.sku(), at + ".sku", 64);
            Checks.optionalText(i.name(), at + ".name", 200);
            Checks.optionalText(i.reason(), at + ".reason", 400);
            if (i.listPrice() != null) {
                Checks.atLeast(i.listPrice(), 0, at + ".listPrice");
                if (i.reason() == null || i.reason().isBlank()) {
                    throw EntryRefused.rejected(RejectCodes.DISCOUNT_NOT_APPROVED, "Line " + (n + 1)
                            + " overrides the price without a reason (field '" + at + ".reason')");
                }
            }
        }
        Checks.atLeast(b.discountTotal(), 0, "payload.discountTotal");
        Checks.optionalText(b.discountReason(), "payload.discountReason", 400);
        Checks.optionalText(b.discountApprovedBy(), "payload.discountApprovedBy", 36);
        Checks.optionalText(b.noteApprovedBy(), "payload.noteApprovedBy", 36);
        if (b.payments() != null) {
            for (int n = 0; n < b.payments().size(); n++) {
                BillPayload.Payment p = b.payments().get(n);
                String at = "payload.payments[" + n + "]";
                if (p == null) throw EntryRefused.invalid(at, "is missing");
                Checks.text(p.method(), at + ".method", 16);
                Checks.atLeast(p.amount(), 0, at + ".amount");
                Checks.atLeast(p.tendered(), 0, at + ".tendered");
                Checks.optionalText(p.reference(), at + ".reference", 64);
            }
        }
    }

    /**
     * The totals agree with the shared BillCalculator (the till's prices are what the customer paid; its arithmetic
     * is not trusted) and the payments add up to the total; returns the amount paid. Call after {@link #fields}.
     */
    static long amounts(BillPayload b) {
        BillCalculator.Totals t = totals(b);
        if (t.subtotal() != b.subtotal() || t.tax() != b.taxTotal() || t.total() != b.total()
                || t.discount() != b.discountTotal() || t.rounding() != b.rounding()) {
            throw EntryRefused.rejected(RejectCodes.TOTAL_MISMATCH, "The bill's totals (subtotal " + b.subtotal() + ", tax "
                    + b.taxTotal() + ", discount " + b.discountTotal() + ", rounding " + b.rounding() + ", total " + b.total()
                    + ") disagree with the server's (subtotal " + t.subtotal() + ", tax " + t.tax() + ", discount "
                    + t.discount() + ", rounding " + t.rounding() + ", total " + t.total() + ")");
        }
        if (b.taxes() != null && !b.taxes().equals(BillTerms.taxes(t))) {
            throw EntryRefused.rejected(RejectCodes.TOTAL_MISMATCH, "The bill's tax table " + b.taxes()
                    + " disagrees with the server's " + BillTerms.taxes(t));
        }
        long paid = 0;
        if (b.payments() != null) for (BillPayload.Payment p : b.payments()) paid = Math.addExact(paid, p.amount());
        if (paid != b.total()) {
            throw EntryRefused.rejected(RejectCodes.PAYMENT_MISMATCH, "The payments add up to " + paid
                    + " but the bill's total is " + b.total());
        }
        return paid;
    }

    /** The bill's totals by the shared calculator; a bad discount or rounding unit is the till's error, not ours. */
    static BillCalculator.Totals totals(BillPayload b) {
        try {
            return BillTerms.totals(b);
        } catch (ArithmeticException e) {
            throw EntryRefused.rejected(RejectCodes.TOTAL_MISMATCH, "The bill's amounts overflow");
        } catch (ValidationException e) {
            throw EntryRefused.invalid("payload." + e.field(), e.getMessage());
        }
    }
}
