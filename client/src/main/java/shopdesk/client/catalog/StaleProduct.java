package shopdesk.client.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.Money;

/** The words for a save that found its product changed meanwhile (a pull, or another screen of this till). */
final class StaleProduct {
    private StaleProduct() {
    }

    /** "Changed since you opened it: Price 120.00 -> 125.00. Reload to edit the current version; ..." */
    static String message(ProductView opened, ProductView now) {
        if (now == null) return Messages.get("product.stale.deleted");
        List<String> changes = new ArrayList<>();
        change(changes, Messages.get("product.sku"), opened.sku(), now.sku());
        change(changes, Messages.get("product.barcode"), opened.barcode(), now.barcode());
        change(changes, Messages.get("product.name"), opened.name(), now.name());
        change(changes, Messages.get("product.price"), Money.format(opened.unitPrice()), Money.format(now.unitPrice()));
        change(changes, Messages.get("product.tax"), Money.rate(opened.taxRateBp()), Money.rate(now.taxRateBp()));
        change(changes, Messages.get("product.lowStock"), String.valueOf(opened.lowStockLevel()), String.valueOf(now.lowStockLevel()));
        String what = changes.isEmpty() ? Messages.get("product.stale.elsewhere") : String.join(", ", changes);
        return Messages.get("product.stale", what);
    }

    private static void change(List<String> out, String label, String before, String after) {
        if (!Objects.equals(before, after)) out.add(label + " " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
    }
}
