package shopdesk.dal.bill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import shopdesk.dal.common.Text;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.PaymentMismatchException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;
import shopdesk.dal.returns.NoteLedger;

/** A bill draft's own checks before any row is read: lines, quantities and payments (no database). */
final class SaleChecks {
    private SaleChecks() {
    }

    /** The draft's product ids in line order; a ValidationException naming the line for a bad one. */
    static Set<String> productIds(BillDraft draft) {
        if (draft.lines() == null || draft.lines().isEmpty()) throw new ValidationException("items", ErrorText.BILL_NO_ITEMS);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            BillDraft.Line l = draft.lines().get(i);
            if (l.productId() == null) throw new ValidationException("items[" + i + "]", ErrorText.LINE_NO_PRODUCT, i + 1);
            if (l.quantity() <= 0) throw new ValidationException("items[" + i + "].quantity", ErrorText.LINE_QUANTITY_MIN, i + 1);
            if (l.quantity() > Limits.MAX_QUANTITY) {
                throw new ValidationException("items[" + i + "].quantity", ErrorText.LINE_QUANTITY_MAX, i + 1,
                        Limits.MAX_QUANTITY);
            }
            ids.add(l.productId());
        }
        if (draft.payments() == null || draft.payments().isEmpty()) throw new ValidationException("payments", ErrorText.PAYMENT_MISSING);
        return ids;
    }

    /** The payments, checked and numbered; they must add up to the bill's total. */
    static List<Payment> payments(List<BillDraft.PaymentDraft> drafts, long total) {
        List<Payment> out = new ArrayList<>(drafts.size());
        long sum = 0;
        int n = 1;
        for (BillDraft.PaymentDraft d : drafts) {
            String field = "payments[" + (n - 1) + "]";
            if (d.method() == null) throw new ValidationException(field + ".method", ErrorText.PAYMENT_METHOD_MISSING, n);
            if (d.amount() <= 0) throw new ValidationException(field + ".amount", ErrorText.PAYMENT_AMOUNT_MIN, n);
            if (d.tendered() > Limits.MAX_AMOUNT) {
                throw new ValidationException(field + ".tendered", ErrorText.PAYMENT_AMOUNT_MAX, n, Money.format(Limits.MAX_AMOUNT));
            }
            if (d.method() == PaymentMethod.CASH ? d.tendered() < d.amount() : d.tendered() != d.amount()) {
                throw new ValidationException(field + ".tendered", d.method() == PaymentMethod.CASH
                        ? ErrorText.CASH_SHORT : ErrorText.ONLY_CASH_OVER);
            }
            sum = Math.addExact(sum, d.amount());
            // a note's number as typed or scanned is stored as printed, so what is left on it sums exactly
            String ref = d.method() == PaymentMethod.STORE_CREDIT ? NoteLedger.normalise(d.reference()) : d.reference();
            out.add(new Payment(n++, d.method(), d.amount(), d.tendered(),
                    Text.optional(field + ".reference", ref, 64, ErrorText.LABEL_PAYMENT_REFERENCE)));
        }
        if (sum != total) throw new PaymentMismatchException("payments", ErrorText.PAYMENTS_NOT_TOTAL,
                Money.format(sum), Money.format(total));
        return out;
    }

}
