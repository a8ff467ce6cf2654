package shopdesk.client.sale;

import java.util.List;
import java.util.Optional;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;

/**
 * Ringing up: a scanned or typed code ("3*CODE" sells three, "0.755*CODE" weighs), a barcode shared by several
 * products (the screen asks which), and what stock says about the quantity.
 */
final class SaleScanning {
    private final CatalogPort catalog;
    private final Sale sale;
    private final SaleStatus status;
    private AmbiguousScan ambiguous;

    SaleScanning(CatalogPort catalog, Sale sale, SaleStatus status) {
        this.catalog = catalog;
        this.sale = sale;
        this.status = status;
    }

    boolean scan(String input) {
        String code = input == null ? "" : input.trim();
        if (code.isEmpty()) return false;
        String typed = null;
        int star = code.indexOf('*');
        if (star > 0) {
            typed = code.substring(0, star).trim();
            code = code.substring(star + 1).trim();
        }
        List<ProductView> found = catalog.findAllByCode(code);
        if (found.isEmpty()) return status.error(Messages.get("sale.msg.noProduct", code));
        if (found.size() > 1) {
            ambiguous = new AmbiguousScan(code, found, typed);
            return status.error(ambiguous.question());
        }
        return pick(found.get(0), typed);
    }

    Optional<AmbiguousScan> takeAmbiguousScan() {
        Optional<AmbiguousScan> a = Optional.ofNullable(ambiguous);
        ambiguous = null;
        return a;
    }

    boolean pick(ProductView product, String typed) {
        try {
            return add(product, quantity(product, typed));
        } catch (ShopDeskException e) {
            return status.refused(e);
        }
    }

    /** A count ("3*CODE"), or kg with up to three decimals for a product sold by weight ("0.755*CODE"). */
    private static long quantity(ProductView p, String typed) {
        if (p.soldByWeight()) {
            if (typed == null) throw new ValidationException("quantity", Messages.get("sale.msg.byWeight", p.name(), p.sku()));
            return SaleInputs.grams(typed);
        }
        if (typed == null) return 1;
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            throw new ValidationException("quantity", Messages.get("sale.msg.badScanQuantity", typed,
                    String.valueOf(Limits.MAX_QUANTITY)));
        }
    }

    boolean add(ProductView product, long quantity) {
        try {
            int index = sale.add(product, quantity);
            status.select(index);
            SaleLine line = sale.lines().get(index);
            boolean kg = product.soldByWeight();
            if (line.quantity() > product.stock()) {
                return status.warn(Messages.get("sale.msg.lowStock", product.name(), SaleInputs.quantity(product.stock(), kg)));
            }
            return status.info(Messages.get("sale.msg.added", product.name(), SaleInputs.quantity(line.quantity(), kg)));
        } catch (ShopDeskException e) {
            return status.refused(e);
        }
    }
}
