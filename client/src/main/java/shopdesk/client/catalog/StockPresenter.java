package shopdesk.client.catalog;

import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Limits;

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

    public boolean receive(ProductView product, String quantity, String reason) {
        errors.clear();
        Long q = Inputs.wholeNumber(quantity, QUANTITY, errors, 1);
        if (product == null) errors.add(QUANTITY, Messages.get("stock.error.pick"));
        if (!errors.isEmpty()) return false;
        return run(() -> catalog.receiveStock(sessions.require().actor(), product.id(), q,
                reason == null || reason.isBlank() ? "received" : reason.trim()),
                Messages.get("stock.received", String.valueOf(q), product.name()));
    }

    /** An adjustment (count correction, breakage) always says why. */
    public boolean adjust(ProductView product, String delta, String reason) {
        errors.clear();
        Long d = Inputs.wholeNumber(delta, QUANTITY, errors, -Limits.MAX_STOCK);
        if (d != null && d == 0) errors.add(QUANTITY, Messages.get("stock.error.zero"));
        if (reason == null || reason.isBlank()) errors.add(REASON, Messages.get("stock.error.reason"));
        if (product == null) errors.add(QUANTITY, Messages.get("stock.error.pick"));
        if (!errors.isEmpty()) return false;
        return run(() -> catalog.adjustStock(sessions.require().actor(), product.id(), d, reason.trim()),
                Messages.get("stock.adjusted", product.name(), String.valueOf(d)));
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
            errors.add(QUANTITY, e.getMessage());
            message = e.getMessage();
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
