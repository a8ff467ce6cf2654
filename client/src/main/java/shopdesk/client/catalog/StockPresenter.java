package shopdesk.client.catalog;

import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.stock.StockQuantity;

/** Receive stock, adjust it with a reason (audited in the stock movements), and the low-stock list. */
public final class StockPresenter {
    public static final String QUANTITY = "quantity", REASON = "reason";
    private final CatalogPort catalog;
    private final SessionHolder sessions;
    private final FormErrors errors = new FormErrors();
    private String message = "";

    public StockPresenter(CatalogPort catalog, SessionHolder sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
    }

    /** For a product sold by weight the quantity is kg with up to three decimals, as on the sale screen. */
    public boolean receive(ProductView product, String quantity, String reason) {
        errors.clear();
        if (product == null) {
            errors.add(QUANTITY, Messages.get("stock.error.pick"));
            return false;
        }
        Long q = quantity(product, quantity, 1);
        if (!errors.isEmpty()) return false;
        return run(() -> catalog.receiveStock(sessions.require().actor(), product.id(), q,
                reason == null || reason.isBlank() ? "received" : reason.trim()),
                Messages.get("stock.received", StockQuantity.format(q, product.soldByWeight()), product.name()));
    }

    /** An adjustment (count correction, breakage) always says why. */
    public boolean adjust(ProductView product, String delta, String reason) {
        errors.clear();
        if (product == null) {
            errors.add(QUANTITY, Messages.get("stock.error.pick"));
            return false;
        }
        Long d = quantity(product, delta, -Limits.MAX_STOCK);
        if (d != null && d == 0) errors.add(QUANTITY, Messages.get("stock.error.zero"));
        if (reason == null || reason.isBlank()) errors.add(REASON, Messages.get("stock.error.reason"));
        if (!errors.isEmpty()) return false;
        return run(() -> catalog.adjustStock(sessions.require().actor(), product.id(), d, reason.trim()),
                Messages.get("stock.adjusted", product.name(), StockQuantity.format(d, product.soldByWeight())));
    }

    /** Units, or grams read from kg for a weighed product; null (and the field's message) when it is not one. */
    private Long quantity(ProductView product, String text, long min) {
        if (!product.soldByWeight()) return Inputs.wholeNumber(text, QUANTITY, errors, min);
        var grams = StockQuantity.parse(text, true, min);
        if (grams.isPresent()) return grams.getAsLong();
        errors.add(QUANTITY, Messages.get(min >= 0 ? "stock.error.kg" : "stock.error.kgSigned",
                StockQuantity.format(Limits.MAX_STOCK, true)));
        return null;
    }

    /** The quantity field's label for the chosen product: kg for a product sold by weight. */
    public static String quantityLabel(ProductView product) {
        return Messages.get(product != null && product.soldByWeight() ? "stock.quantity.kg" : "stock.quantity");
    }

    public List<ProductView> lowStock() {
        return catalog.lowStock();
    }

    private boolean run(Runnable action, String done) {
        try {
            action.run();
            message = done;
            return true;
        } catch (ShopDeskException e) {
            errors.add(QUANTITY, Messages.of(e));
            message = Messages.of(e);
            return false;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure(Messages.get("stock.notChanged"), e);
            errors.add(QUANTITY, message);
            return false;
        }
    }

    public FormErrors errors() {
        return errors;
    }

    public String message() {
        return message;
    }
}
