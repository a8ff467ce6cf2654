package shopdesk.client.sale;

import java.util.List;
import java.util.Optional;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.money.Money;

/**
 * Parking a sale to serve the next customer and taking it back: a held sale survives a restart, is never sent
 * until completed, and comes back at today's prices (the message says what changed).
 */
final class HeldSales {
    private final CatalogPort catalog;
    private final SalesPort sales;
    private final SessionHolder sessions;
    private final Sale sale;
    private final SaleStatus status;
    private final Runnable clearSale;
    private UncheckedNotes unchecked;

    /** @param clearSale empties the sale and what the screen keeps with it (selection, approval) */
    HeldSales(CatalogPort catalog, SalesPort sales, SessionHolder sessions, Sale sale, SaleStatus status,
            Runnable clearSale) {
        this.catalog = catalog;
        this.sales = sales;
        this.sessions = sessions;
        this.sale = sale;
        this.status = status;
        this.clearSale = clearSale;
        this.unchecked = new UncheckedNotes(sale);
    }

    /** Held with the sale: who vouched for its unchecked notes. */
    HeldSales keeping(UncheckedNotes notes) {
        this.unchecked = notes;
        return this;
    }

    /** Holds the sale under a label the cashier recognises, and starts an empty one. */
    boolean hold() {
        if (!sale.isUnfinished()) return status.error(Messages.get("sale.msg.nothingToHold"));
        String label = label(sale);
        try {
            sales.hold(sessions.require().actor(), label, sale.total(), SaleSnapshot.of(sale, unchecked).json());
        } catch (RuntimeException e) {
            return status.error(PlainMessages.forFailure(Messages.get("sale.msg.notHeld"), e));
        }
        clearSale.run();
        return status.info(Messages.get("sale.msg.held", label));
    }

    /** The customer (if chosen) and the first item, with how many more. */
    static String label(Sale sale) {
        int n = sale.lines().size();
        return sale.customer().map(c -> c.name() + ", ").orElse("")
                + (n == 0 ? Messages.get("sale.held.paymentsOnly") : sale.lines().get(0).product().name()
                + (n > 1 ? " " + Messages.get("sale.held.more", String.valueOf(n - 1)) : ""));
    }

    List<HeldSaleView> list() {
        List<HeldSaleView> held = sales.held();
        if (held.isEmpty()) status.info(Messages.get("sale.msg.noHeld"));
        return held;
    }

    /** Takes a held sale back; only onto an empty sale, so nothing rung up is lost. */
    boolean resume(HeldSaleView held) {
        if (sale.isUnfinished()) return status.error(Messages.get("sale.msg.finishFirst"));
        Optional<String> json = sales.resume(held.id());
        if (json.isEmpty()) return status.error(Messages.get("sale.msg.alreadyResumed"));
        SaleSnapshot snapshot = SaleSnapshot.parse(json.get());
        HeldRepricing.Result now = HeldRepricing.of(snapshot.lines(), catalog::findProduct); // today's prices, said
        sale.restore(snapshot.withLines(now.lines()));
        unchecked.restore(snapshot.vouched());
        status.select(sale.lines().size() - 1);
        String resumed = Messages.get("sale.msg.resumed", held.label()) + ". "
                + (sale.isPaid() ? Messages.get("sale.msg.paidInFull") : Messages.get("sale.msg.due", Money.format(sale.due())));
        if (now.gone().isEmpty() && now.priceChanges().isEmpty()) return status.info(resumed);
        return status.warn(resumed + HeldSaleNotes.of(now));
    }
}
