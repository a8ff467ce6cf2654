package shopdesk.client.sale;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.returns.StoreCreditIssuer;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;
import shopdesk.dal.user.Role;

/**
 * The sale screen's logic: scan, quantities, removal (audited), customer, payments, complete with a
 * supervisor's approval when stock is short. Views listen for changes and render {@link #sale()}.
 */
public final class SalePresenter {
    private final CatalogPort catalog;
    private final SalesPort sales;
    private final SessionHolder sessions;
    private final Sale sale;
    private String discountApprovedBy;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String message = Messages.get("sale.msg.scan");
    private boolean messageIsError;
    private int selectedLine = -1;
    private AmbiguousScan ambiguous;

    private long credit;
    private String creditReference;
    private String creditReturnId;
    private StoreCreditIssuer creditNotes;
    private StoreCreditLookup storeCredit = StoreCreditLookup.NONE;

    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions) {
        this(catalog, sales, sessions, SaleRules.DEFAULT);
    }

    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions, SaleRules rules) {
        this(catalog, sales, sessions, () -> rules);
    }

    /** @param rules read at each use: the discount limit may arrive from the server at a login */
    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions, Supplier<SaleRules> rules) {
        this.sale = new Sale(rules);
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
        String typed = null;
        int star = code.indexOf('*');
        if (star > 0) {
            typed = code.substring(0, star).trim();
            code = code.substring(star + 1).trim();
        }
        List<ProductView> found = catalog.findAllByCode(code);
        if (found.isEmpty()) return error(Messages.get("sale.msg.noProduct", code));
        if (found.size() > 1) {
            ambiguous = new AmbiguousScan(code, found, typed);
            return error(ambiguous.question());
        }
        return pick(found.get(0), typed);
    }

    /** The last scan's shared barcode, once: the screen asks which product it is and calls {@link #pick}. */
    public Optional<AmbiguousScan> takeAmbiguousScan() {
        Optional<AmbiguousScan> a = Optional.ofNullable(ambiguous);
        ambiguous = null;
        return a;
    }

    /** Adds the product with the quantity as typed before the '*' (null: one, or an error for a weighed product). */
    public boolean pick(ProductView product, String typed) {
        try {
            return add(product, quantity(product, typed));
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
        }
    }

    /** A count ("3*CODE"), or kg with up to three decimals for a product sold by weight ("0.755*CODE"). */
    private static long quantity(ProductView p, String typed) {
        if (p.soldByWeight()) {
            if (typed == null) throw new shopdesk.dal.error.ValidationException("quantity", Messages.get("sale.msg.byWeight", p.name(), p.sku()));
            return SaleInputs.grams(typed);
        }
        if (typed == null) return 1;
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            throw new shopdesk.dal.error.ValidationException("quantity", Messages.get("sale.msg.badScanQuantity", typed,
                    String.valueOf(Limits.MAX_QUANTITY)));
        }
    }

    /** Adds a product picked from the search list (or scanned). */
    public boolean add(ProductView product, long quantity) {
        try {
            selectedLine = sale.add(product, quantity);
            SaleLine line = sale.lines().get(selectedLine);
            boolean kg = product.soldByWeight();
            if (line.quantity() > product.stock()) {
                warn(Messages.get("sale.msg.lowStock", product.name(), SaleInputs.quantity(product.stock(), kg)));
            } else {
                info(Messages.get("sale.msg.added", product.name(), SaleInputs.quantity(line.quantity(), kg)));
            }
            return true;
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
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
            boolean kg = sale.lines().get(index).product().soldByWeight();
            sale.setQuantity(index, kg ? SaleInputs.grams(text) : Long.parseLong(text.trim()));
            selectedLine = index;
            return info(Messages.get("sale.msg.quantity", sale.lines().get(index).product().name(), text.trim()));
        } catch (NumberFormatException e) {
            return error(Messages.get("sale.msg.badQuantity", text, String.valueOf(Limits.MAX_QUANTITY)));
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
        }
    }

    /** Removes a rung-up line; the removal is audited with who did it and why. */
    public boolean removeLine(int index, String reason) {
        if (!validLine(index)) return false;
        SaleLine line = sale.lines().get(index);
        sales.recordLineRemoved(sessions.require().actor(), line, reason == null || reason.isBlank() ? "removed at till" : reason.trim());
        sale.remove(index);
        selectedLine = Math.min(index, sale.lines().size() - 1);
        return info(Messages.get("sale.msg.removed", line.product().name()));
    }

    /** A line's discount: "10%" or an amount; blank removes it. */
    public boolean discountLine(int index, String text) {
        if (!validLine(index)) return false;
        try {
            sale.discountLine(index, SaleInputs.discount(text));
            selectedLine = index;
            discountApprovedBy = null;
            return info(text == null || text.isBlank() ? Messages.get("sale.msg.discountRemoved")
                    : Messages.get("sale.msg.discount", text.trim(), sale.lines().get(index).product().name()) + approvalNote());
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
        }
    }

    /** A discount on the whole bill, spread over its lines; blank removes it. */
    public boolean discountBill(String text, String reason) {
        try {
            sale.discountBill(SaleInputs.discount(text), reason == null || reason.isBlank() ? null : reason.trim());
            discountApprovedBy = null;
            return info(text == null || text.isBlank() ? Messages.get("sale.msg.billDiscountRemoved")
                    : Messages.get("sale.msg.billDiscount", text.trim()) + approvalNote());
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
        }
    }

    /** Charges another price for a line (blank: the catalog's again); a reason is required. */
    public boolean overridePrice(int index, String priceText, String reason) {
        if (!validLine(index)) return false;
        try {
            Long price = priceText == null || priceText.isBlank() ? null : Money.parse(priceText);
            if (price != null && (reason == null || reason.isBlank())) return error(Messages.get("sale.msg.priceReason"));
            sale.overridePrice(index, price, reason == null ? null : reason.trim());
            selectedLine = index;
            discountApprovedBy = null;
            return info(price == null ? Messages.get("sale.msg.catalogPrice")
                    : Messages.get("sale.msg.price", sale.lines().get(index).product().name(), Money.format(price)) + approvalNote());
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
        }
    }

    /** Whether this sale's price cuts need a supervisor, sold by the person logged in. */
    public boolean needsDiscountApproval() {
        var who = sessions.require().actor();
        return !who.role().atLeast(Role.SUPERVISOR) && sale.rules().needsApproval(sale.deepestCutBp())
                && discountApprovedBy == null;
    }

    private String approvalNote() {
        return needsDiscountApproval() ? " - " + Messages.get("sale.msg.aboveLimit",
                Money.rate((int) sale.rules().cashierDiscountLimitBp())) : "";
    }

    /** A supervisor approved the sale's price cuts at the till; completes the sale. */
    public SaleOutcome completeWithDiscountApproval(Session supervisor) {
        if (!supervisor.isSupervisor()) throw new IllegalArgumentException("Only a supervisor may approve");
        discountApprovedBy = supervisor.userId();
        return complete(null);
    }

    public void setCustomer(CustomerView customer) {
        sale.setCustomer(customer);
        info(customer == null ? Messages.get("sale.msg.noCustomer") : Messages.get("sale.customer", customer.name()));
    }

    /** An exchange: the return's credit pays the next sale first; what it leaves over goes back to the customer. */
    public void startExchange(long amount, String reference) {
        startExchange(amount, reference, null, null);
    }

    /** An exchange whose unused credit becomes a store-credit note written by {@code notes} (never cash back). */
    public void startExchange(long amount, String reference, String returnId, StoreCreditIssuer notes) {
        newSale();
        credit = amount;
        creditReference = reference;
        creditReturnId = returnId;
        creditNotes = notes;
        info(Messages.get("sale.msg.exchange", Money.format(amount), reference));
    }

    /** Pays with the exchange's credit, up to what is due. */
    private void useCredit() {
        if (credit <= 0 || sale.isEmpty() || sale.due() == 0) return;
        long use = Math.min(credit, sale.due());
        sale.pay(PaymentMethod.VOUCHER, use, creditReference);
        credit -= use;
    }

    /** Where a store-credit note's number is checked (this till's notes, the server for another till's). */
    public void useStoreCredit(StoreCreditLookup lookup) {
        this.storeCredit = lookup == null ? StoreCreditLookup.NONE : lookup;
    }

    /** Whether a note's check asks the server: the screen then runs {@link #checkNote} off its thread. */
    public boolean noteAsksServer(String number) {
        return storeCredit.asksServer(number);
    }

    /** Says the note is being checked (the server is asked), while the screen waits for {@link #checkNote}. */
    public void checkingNote(String number) {
        info(Messages.get("credit.pay.checking", number.trim()));
    }

    /** Looks a note up; may ask the server, so call it off the screen's thread. Touches no sale state. */
    public StoreCreditLookup.Answer checkNote(String number) {
        return storeCredit.check(number.trim());
    }

    /** Takes a note looked up by {@link #checkNote}; blank amount means up to what is left on it. */
    public boolean payNote(String amountText, StoreCreditLookup.Answer note) {
        return pay(PaymentMethod.STORE_CREDIT, amountText, amount -> NotePayment.take(sale, note, amount));
    }

    /** Takes a payment; blank amount means "the rest" (for a store-credit note: up to what is left on it). */
    public boolean pay(PaymentMethod method, String amountText, String reference) {
        return pay(method, amountText, amount -> method == PaymentMethod.STORE_CREDIT
                ? NotePayment.take(sale, storeCredit, reference, amount) : sale.pay(method, amount, reference));
    }

    private boolean pay(PaymentMethod method, String amountText, java.util.function.Function<Long, Tender> take) {
        try {
            useCredit();
            if (sale.isPaid()) return info(Messages.get("sale.msg.paidByCredit"));
            Long amount = amountText == null || amountText.isBlank() ? null : Money.parse(amountText);
            Tender t = take.apply(amount);
            String text = method.label() + " " + Money.format(t.amount());
            if (t.change() > 0) text += " - " + Messages.get("sale.msg.changeDue", Money.format(t.change()));
            return info(text + ". " + (sale.isPaid() ? Messages.get("sale.msg.paidInFull") : Messages.get("sale.msg.due", Money.format(sale.due()))));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        } catch (ShopDeskException e) {
            return error(Messages.of(e));
        }
    }

    public void removePayment(int index) {
        if (index >= 0 && index < sale.tenders().size()) {
            sale.removeTender(index);
            info(Messages.get("sale.msg.paymentRemoved", Money.format(sale.due())));
        }
    }

    public SaleOutcome complete() {
        return complete(null);
    }

    /** Completes with a supervisor's approval to sell beyond local stock. */
    public SaleOutcome completeWithOverride(Session supervisor) {
        if (!supervisor.isSupervisor()) throw new IllegalArgumentException("Only a supervisor may approve");
        // the supervisor who lets the sale go beyond stock approves it as shown, its discounts included
        if (discountApprovedBy != null) discountApprovedBy = supervisor.userId();
        return complete(supervisor.userId());
    }

    private SaleOutcome complete(String overrideUserId) {
        if (sale.isEmpty()) return notReady(Messages.get("sale.msg.nothingToSell"));
        useCredit();
        if (!sale.isPaid()) return notReady(Messages.get("sale.msg.takePayment", Money.format(sale.due())));
        if (needsDiscountApproval()) {
            warn(Messages.get("sale.msg.cutAboveLimit", Money.rate((int) sale.deepestCutBp())));
            return new SaleOutcome.NeedsDiscountApproval(sale.deepestCutBp(), sale.rules().cashierDiscountLimitBp());
        }
        try {
            var bill = sales.complete(sessions.require().actor(), SaleRequest.of(sale, overrideUserId, discountApprovedBy));
            discountApprovedBy = null;
            sale.clear();
            selectedLine = -1;
            String left = credit > 0 ? StoreCreditNote.leftOver(sessions.require().actor(), credit, creditReturnId, bill.id(),
                    creditNotes) : "";
            info(Messages.get("sale.msg.saved", bill.localLabel())
                    + (bill.changeDue() > 0 ? " - " + Messages.get("sale.msg.giveChange", Money.format(bill.changeDue())) : "")
                    + left);
            credit = 0;
            // the receipt prints the note just written, so the customer leaves with its number
            return new SaleOutcome.Completed(left.isEmpty() ? bill : sales.find(bill.id()).orElse(bill));
        } catch (StockShortfallException e) {
            warn(Messages.get("sale.msg.notEnoughStock"));
            return new SaleOutcome.NeedsSupervisor(e.shortfalls());
        } catch (RuntimeException e) {
            return notReady(PlainMessages.forFailure(Messages.get("sale.msg.notSaved"), e));
        }
    }

    /** Parks the sale to serve the next customer; it survives a restart and is never sent until completed. */
    public boolean hold() {
        if (!sale.isUnfinished()) return error(Messages.get("sale.msg.nothingToHold"));
        int n = sale.lines().size();
        String label = sale.customer().map(c -> c.name() + ", ").orElse("")
                + (n == 0 ? Messages.get("sale.held.paymentsOnly") : sale.lines().get(0).product().name()
                + (n > 1 ? " " + Messages.get("sale.held.more", String.valueOf(n - 1)) : ""));
        try {
            sales.hold(sessions.require().actor(), label, sale.total(), SaleSnapshot.of(sale).json());
        } catch (RuntimeException e) {
            return error(PlainMessages.forFailure(Messages.get("sale.msg.notHeld"), e));
        }
        sale.clear();
        selectedLine = -1;
        discountApprovedBy = null;
        return info(Messages.get("sale.msg.held", label));
    }

    /** This till's held sales; when there are none the message says so. */
    public List<HeldSaleView> heldSales() {
        List<HeldSaleView> held = sales.held();
        if (held.isEmpty()) info(Messages.get("sale.msg.noHeld"));
        return held;
    }

    /** Takes a held sale back; only onto an empty sale, so nothing rung up is lost. */
    public boolean resume(HeldSaleView held) {
        if (sale.isUnfinished()) return error(Messages.get("sale.msg.finishFirst"));
        Optional<String> json = sales.resume(held.id());
        if (json.isEmpty()) return error(Messages.get("sale.msg.alreadyResumed"));
        SaleSnapshot snapshot = SaleSnapshot.parse(json.get());
        HeldRepricing.Result now = HeldRepricing.of(snapshot.lines(), catalog::findProduct); // today's prices, said
        sale.restore(snapshot.withLines(now.lines()));
        selectedLine = sale.lines().size() - 1;
        String resumed = Messages.get("sale.msg.resumed", held.label()) + ". "
                + (sale.isPaid() ? Messages.get("sale.msg.paidInFull") : Messages.get("sale.msg.due", Money.format(sale.due())));
        if (now.gone().isEmpty() && now.priceChanges().isEmpty()) return info(resumed);
        return warn(resumed + HeldSaleNotes.of(now));
    }

    /** Whether leaving this sale (new sale, quit) would lose something rung up or paid. */
    public boolean hasUnfinishedSale() {
        return sale.isUnfinished();
    }

    public void newSale() {
        credit = 0;
        sale.clear();
        discountApprovedBy = null;
        selectedLine = -1;
        info(Messages.get("sale.key.new"));
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
        if (index < 0 || index >= sale.lines().size()) return error(Messages.get("sale.msg.selectLine"));
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
