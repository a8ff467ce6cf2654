package shopdesk.client.sale;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/**
 * The sale screen's logic: scan, quantities, removal (audited), customer, payments, complete with a
 * supervisor's approval when stock is short. Views listen for changes and render {@link #sale()}.
 */
public final class SalePresenter {
    private final CatalogPort catalog;
    private final SalesPort sales;
    private final SessionHolder sessions;
    private final Sale sale = new Sale();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String message = "Scan or type a barcode or SKU, then Enter";
    private boolean messageIsError;
    private int selectedLine = -1;
    private AmbiguousScan ambiguous;

    private long credit;
    private String creditReference;

    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions) {
        this.catalog = catalog;
        this.sales = sales;
        this.sessions = sessions;
    }

    /**
     * A scanner types the code and Enter. "3*CODE" sells three. Returns true when a line was added, so the
     * scan field clears only then and a mistyped code can be corrected.
     */
    public boolean scan(String input) {
        String code = input == null ? "" : input.trim();
        if (code.isEmpty()) return false;
        long quantity = 1;
        int star = code.indexOf('*');
        if (star > 0) {
            try {
                quantity = Long.parseLong(code.substring(0, star).trim());
            } catch (NumberFormatException e) {
                return error("'" + code.substring(0, star) + "' is not a quantity: use a whole number from 1 to "
                        + Limits.MAX_QUANTITY + ", e.g. 3*CODE");
            }
            code = code.substring(star + 1).trim();
        }
        List<ProductView> found = catalog.findAllByCode(code);
        if (found.isEmpty()) return error("No product with barcode or SKU '" + code + "' (F2 searches by name)");
        if (found.size() > 1) {
            ambiguous = new AmbiguousScan(code, quantity, found);
            return error(ambiguous.question());
        }
        return add(found.get(0), quantity);
    }

    /** The last scan's shared barcode, once: the screen asks which product it is and calls {@link #add}. */
    public Optional<AmbiguousScan> takeAmbiguousScan() {
        Optional<AmbiguousScan> a = Optional.ofNullable(ambiguous);
        ambiguous = null;
        return a;
    }

    /** Adds a product picked from the search list (or scanned). */
    public boolean add(ProductView product, long quantity) {
        try {
            selectedLine = sale.add(product, quantity);
            SaleLine line = sale.lines().get(selectedLine);
            if (line.quantity() > product.stock()) {
                warn(product.name() + ": only " + product.stock() + " in stock here; completing needs a supervisor");
            } else {
                info("Added " + product.name() + " x" + line.quantity());
            }
            return true;
        } catch (ShopDeskException e) {
            return error(e.getMessage());
        }
    }

    public List<ProductView> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        return catalog.searchProducts(query.trim(), PageRequest.first(50)).items();
    }

    public List<CustomerView> searchCustomers(String query) {
        return catalog.searchCustomers(query == null ? "" : query.trim(), PageRequest.first(50)).items();
    }

    public boolean setQuantity(int index, String text) {
        if (!validLine(index)) return false;
        try {
            sale.setQuantity(index, Long.parseLong(text.trim()));
            selectedLine = index;
            return info("Quantity of " + sale.lines().get(index).product().name() + " is " + text.trim());
        } catch (NumberFormatException e) {
            return error("'" + text + "' is not a quantity: use a whole number from 1 to " + Limits.MAX_QUANTITY);
        } catch (ShopDeskException e) {
            return error(e.getMessage());
        }
    }

    /** Removes a rung-up line; the removal is audited with who did it and why. */
    public boolean removeLine(int index, String reason) {
        if (!validLine(index)) return false;
        SaleLine line = sale.lines().get(index);
        sales.recordLineRemoved(sessions.require().actor(), line, reason == null || reason.isBlank() ? "removed at till" : reason.trim());
        sale.remove(index);
        selectedLine = Math.min(index, sale.lines().size() - 1);
        return info("Removed " + line.product().name());
    }

    public void setCustomer(CustomerView customer) {
        sale.setCustomer(customer);
        info(customer == null ? "No customer on this bill" : "Customer: " + customer.name());
    }

    /** An exchange: the return's credit pays the next sale first; what it leaves over goes back to the customer. */
    public void startExchange(long amount, String reference) {
        newSale();
        credit = amount;
        creditReference = reference;
        info("Exchange: credit " + Money.format(amount) + " from " + reference + ". Ring up the new items");
    }

    /** Pays with the exchange's credit, up to what is due. */
    private void useCredit() {
        if (credit <= 0 || sale.isEmpty() || sale.due() == 0) return;
        long use = Math.min(credit, sale.due());
        sale.pay(PaymentMethod.VOUCHER, use, creditReference);
        credit -= use;
    }

    /** Takes a payment; blank amount means "the rest". */
    public boolean pay(PaymentMethod method, String amountText, String reference) {
        try {
            useCredit();
            if (sale.isPaid()) return info("Paid with the exchange credit. F12 completes");
            Long amount = amountText == null || amountText.isBlank() ? null : Money.parse(amountText);
            Tender t = sale.pay(method, amount, reference);
            String text = method.label() + " " + Money.format(t.amount());
            if (t.change() > 0) text += " - change due " + Money.format(t.change());
            return info(sale.isPaid() ? text + ". Paid in full: F12 completes" : text + ". Due " + Money.format(sale.due()));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        } catch (ShopDeskException e) {
            return error(e.getMessage());
        }
    }

    public void removePayment(int index) {
        if (index >= 0 && index < sale.tenders().size()) {
            sale.removeTender(index);
            info("Payment removed. Due " + Money.format(sale.due()));
        }
    }

    public SaleOutcome complete() {
        return complete(null);
    }

    /** Completes with a supervisor's approval to sell beyond local stock. */
    public SaleOutcome completeWithOverride(Session supervisor) {
        if (!supervisor.isSupervisor()) throw new IllegalArgumentException("Only a supervisor may approve");
        return complete(supervisor.userId());
    }

    private SaleOutcome complete(String overrideUserId) {
        if (sale.isEmpty()) return notReady("Nothing to sell yet");
        useCredit();
        if (!sale.isPaid()) return notReady("Take payment first: " + Money.format(sale.due()) + " due");
        try {
            var bill = sales.complete(sessions.require().actor(), SaleRequest.of(sale, overrideUserId));
            sale.clear();
            selectedLine = -1;
            info("Bill " + bill.localLabel() + " saved" + (bill.changeDue() > 0 ? " - give change " + Money.format(bill.changeDue()) : "")
                    + (credit > 0 ? " - give back the unused credit " + Money.format(credit) : ""));
            credit = 0;
            return new SaleOutcome.Completed(bill);
        } catch (StockShortfallException e) {
            warn("Not enough stock: a supervisor must approve, or change the sale");
            return new SaleOutcome.NeedsSupervisor(e.shortfalls());
        } catch (RuntimeException e) {
            return notReady(PlainMessages.forFailure("The bill was not saved", e));
        }
    }

    public void newSale() {
        credit = 0;
        sale.clear();
        selectedLine = -1;
        info("New sale");
    }

    public Sale sale() {
        return sale;
    }

    public String message() {
        return message;
    }

    public boolean messageIsError() {
        return messageIsError;
    }

    public int selectedLine() {
        return selectedLine;
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    private boolean validLine(int index) {
        if (index < 0 || index >= sale.lines().size()) return error("Select a line first");
        return true;
    }

    private SaleOutcome notReady(String text) {
        error(text);
        return new SaleOutcome.NotReady(text);
    }

    private boolean info(String text) {
        return say(text, false, true);
    }

    private boolean warn(String text) {
        return say(text, true, true);
    }

    private boolean error(String text) {
        return say(text, true, false);
    }

    private boolean say(String text, boolean isError, boolean result) {
        message = text;
        messageIsError = isError;
        listeners.forEach(Runnable::run);
        return result;
    }
}
