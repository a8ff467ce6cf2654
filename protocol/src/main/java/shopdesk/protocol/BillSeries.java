package shopdesk.protocol;

import java.util.Collection;

/**
 * A shop's legal number series. The server decides a document's series from its content (the till predicts it the
 * same way, with this one rule): a sale whose every line is at 0% tax is a bill of supply, any other sale a tax
 * invoice; a return is a credit note.
 */
public enum BillSeries {
    TAX_INVOICE, BILL_OF_SUPPLY, CREDIT_NOTE;

    /** The series of a sale with lines at these tax rates (basis points). */
    public static BillSeries ofSale(Collection<Integer> taxRatesBp) {
        return !taxRatesBp.isEmpty() && taxRatesBp.stream().allMatch(r -> r == 0) ? BILL_OF_SUPPLY : TAX_INVOICE;
    }
}
