package shopdesk.client.sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import shopdesk.client.catalog.ProductView;
import shopdesk.dal.money.Money;

/**
 * A held sale brought to the catalog as it is when resumed. The bill is saved at the catalog's price of the moment
 * (a line not overridden), so a held basket showing its old prices would be paid at one total and recorded at another;
 * instead each line takes the product as the till holds it now and the cashier is told which prices moved (they may
 * still override a price, with a reason, if the customer was promised the old one). Overridden prices, quantities and
 * discounts stay as they were. A product deleted meanwhile keeps its line, named so the cashier removes it.
 */
final class HeldRepricing {
    private HeldRepricing() {
    }

    /** The lines to resume with, the price changes ("Tea 250 g 100.00 → 110.00") and the products no longer sold. */
    record Result(List<SaleLine> lines, List<String> priceChanges, List<String> gone) {
    }

    static Result of(List<SaleLine> held, Function<String, Optional<ProductView>> catalog) {
        List<SaleLine> lines = new ArrayList<>(held.size());
        List<String> changes = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (SaleLine l : held) {
            Optional<ProductView> now = catalog.apply(l.product().id());
            if (now.isEmpty()) {
                gone.add(l.product().name());
                lines.add(l);
                continue;
            }
            ProductView was = l.product();
            ProductView p = now.get();
            if (l.price() == null && p.unitPrice() != was.unitPrice()) {
                changes.add(p.name() + " " + Money.format(was.unitPrice()) + " → " + Money.format(p.unitPrice()));
            } else if (p.taxRateBp() != was.taxRateBp() || p.taxInclusive() != was.taxInclusive()) {
                changes.add(p.name() + " " + Money.rate(was.taxRateBp()) + " → " + Money.rate(p.taxRateBp()));
            }
            lines.add(new SaleLine(p, l.quantity(), l.price(), l.reason(), l.discount()));
        }
        return new Result(List.copyOf(lines), List.copyOf(changes), List.copyOf(gone));
    }
}
