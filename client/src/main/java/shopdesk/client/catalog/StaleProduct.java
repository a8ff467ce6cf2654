package shopdesk.client.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import shopdesk.dal.money.Money;

/** The words for a save that found its product changed meanwhile (a pull, or another screen of this till). */
final class StaleProduct {
    private StaleProduct() {
    }

    /** "Changed since you opened it: Price 120.00 -> 125.00. Reload to edit the current version; ..." */
    static String message(ProductView opened, ProductView now) {
        if (now == null) return "This product was deleted since you opened it: nothing was saved.";
        List<String> changes = new ArrayList<>();
        change(changes, "SKU", opened.sku(), now.sku());
        change(changes, "Barcode", opened.barcode(), now.barcode());
        change(changes, "Name", opened.name(), now.name());
        change(changes, "Price", Money.format(opened.unitPrice()), Money.format(now.unitPrice()));
        change(changes, "Tax rate", Money.rate(opened.taxRateBp()), Money.rate(now.taxRateBp()));
        change(changes, "Low-stock level", String.valueOf(opened.lowStockLevel()), String.valueOf(now.lowStockLevel()));
        String what = changes.isEmpty() ? "saved again elsewhere" : String.join(", ", changes);
        return "Changed since you opened it: " + what + ". Nothing was saved: press Reload to edit the current version, "
                + "then type your change again.";
    }

    private static void change(List<String> out, String label, String before, String after) {
        if (!Objects.equals(before, after)) out.add(label + " " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
    }
}
