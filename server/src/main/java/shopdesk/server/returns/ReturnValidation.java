package shopdesk.server.returns;

import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.money.Limits;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.ReturnPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryRefused;

/** The checks of a pushed return that need no database: fields, ranges, and totals that add up. */
final class ReturnValidation {
    private ReturnValidation() {
    }

    static void fields(ReturnPayload r) {
        Checks.text(r.deviceId(), "payload.deviceId", 36);
        Checks.text(r.userId(), "payload.userId", 36);
        Checks.text(r.localLabel(), "payload.localLabel", 32);
        Checks.atLeast(r.localNumber(), 1, "payload.localNumber");
        Checks.optionalText(r.reason(), "payload.reason", 400);
        String method = Checks.text(r.refundMethod(), "payload.refundMethod", 16);
        try {
            PaymentMethod.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw EntryRefused.invalid("payload.refundMethod", "is not a payment method: " + method);
        }
        if (r.items() == null || r.items().isEmpty()) throw EntryRefused.invalid("payload.items", "is empty");
        long sub = 0;
        long tax = 0;
        for (int k = 0; k < r.items().size(); k++) {
            ReturnPayload.Item i = r.items().get(k);
            String at = "payload.items[" + k + "]";
            if (i == null) throw EntryRefused.invalid(at, "is missing");
            Checks.text(i.productId(), at + ".productId", 36);
            Checks.within(i.quantity(), Limits.QUANTITY, at + ".quantity");
            Checks.within(i.subtotal(), Limits.AMOUNT, at + ".subtotal");
            Checks.within(i.tax(), Limits.AMOUNT, at + ".tax");
            if ((r.originalBillId() == null) != (i.originalLineNo() == null)) {
                throw EntryRefused.invalid(at + ".originalLineNo", r.originalBillId() == null
                        ? "must be empty for a return without a bill" : "is required for a return of a bill");
            }
            sub = Math.addExact(sub, i.subtotal());
            tax = Math.addExact(tax, i.tax());
        }
        if (sub != r.subtotal() || tax != r.taxTotal() || Math.addExact(sub, tax) != r.total()) {
            throw EntryRefused.rejected(RejectCodes.TOTAL_MISMATCH, "The return's totals " + r.subtotal() + " + " + r.taxTotal()
                    + " = " + r.total() + " are not the sum of its lines " + sub + " + " + tax);
        }
    }
}
