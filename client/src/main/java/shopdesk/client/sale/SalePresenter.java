package shopdesk.client.sale;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.client.returns.StoreCreditIssuer;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.money.Money;

/**
 * The sale screen's logic, the one object its views talk to: scan ({@link SaleScanning}), change lines and prices
 * ({@link LineEdits}), payments ({@link SalePayments}, an exchange's {@link ExchangeCredit}), held sales
 * ({@link HeldSales}), complete ({@link Checkout}, with a supervisor's {@link DiscountApproval} or stock override).
 * Views listen for changes and render {@link #sale()}, {@link #message()} and {@link #selectedLine()}.
 */
public final class SalePresenter {
    private final CatalogPort catalog;
    private final Sale sale;
    private final SaleStatus status = new SaleStatus();
    private final DiscountApproval approval;
    private final UncheckedNotes unchecked;
    private final ExchangeCredit credit = new ExchangeCredit();
    private final SaleScanning scanning;
    private final LineEdits edits;
    private final SalePayments payments;
    private final HeldSales held;
    private final Checkout checkout;

    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions) {
        this(catalog, sales, sessions, SaleRules.DEFAULT);
    }

    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions, SaleRules rules) {
        this(catalog, sales, sessions, () -> rules);
    }

    /** @param rules read at each use: the discount limit may arrive from the server at a login */
    public SalePresenter(CatalogPort catalog, SalesPort sales, SessionHolder sessions, Supplier<SaleRules> rules) {
        this.catalog = catalog;
        this.sale = new Sale(rules);
        this.approval = new DiscountApproval(sale, sessions);
        this.scanning = new SaleScanning(catalog, sale, status);
        this.edits = new LineEdits(sale, sales, sessions, status, approval);
        this.unchecked = new UncheckedNotes(sale);
        this.payments = new SalePayments(sale, status, credit, unchecked);
        this.held = new HeldSales(catalog, sales, sessions, sale, status, this::clearSale).keeping(unchecked);
        this.checkout = new Checkout(sales, sessions, sale, status, approval, credit, unchecked, this::clearSale);
    }

    /**
     * A scanner types the code and Enter. "3*CODE" sells three. Returns true when a line was added, so the
     * scan field clears only then and a mistyped code can be corrected.
     */
    public boolean scan(String input) {
        return scanning.scan(input);
    }

    /** The last scan's shared barcode, once: the screen asks which product it is and calls {@link #pick}. */
    public Optional<AmbiguousScan> takeAmbiguousScan() {
        return scanning.takeAmbiguousScan();
    }

    /** Adds the product with the quantity as typed before the '*' (null: one, or an error for a weighed product). */
    public boolean pick(ProductView product, String typed) {
        return scanning.pick(product, typed);
    }

    /** Adds a product picked from the search list (or scanned). */
    public boolean add(ProductView product, long quantity) {
        return scanning.add(product, quantity);
    }

    public List<ProductView> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        return catalog.searchProducts(query.trim(), PageRequest.first(50)).items();
    }

    public List<CustomerView> searchCustomers(String query) {
        return catalog.searchCustomers(query == null ? "" : query.trim(), PageRequest.first(50)).items();
    }

    public boolean setQuantity(int index, String text) {
        return edits.setQuantity(index, text);
    }

    /** Removes a rung-up line; the removal is audited with who did it and why. */
    public boolean removeLine(int index, String reason) {
        return edits.removeLine(index, reason);
    }

    /** A line's discount: "10%" or an amount; blank removes it. */
    public boolean discountLine(int index, String text) {
        return edits.discountLine(index, text);
    }

    /** A discount on the whole bill, spread over its lines; blank removes it. */
    public boolean discountBill(String text, String reason) {
        return edits.discountBill(text, reason);
    }

    /** Charges another price for a line (blank: the catalog's again); a reason is required. */
    public boolean overridePrice(int index, String priceText, String reason) {
        return edits.overridePrice(index, priceText, reason);
    }

    /** Whether this sale's price cuts need a supervisor, sold by the person logged in. */
    public boolean needsDiscountApproval() {
        return approval.needed();
    }

    /** A supervisor approved the sale's price cuts at the till; completes the sale. */
    public SaleOutcome completeWithDiscountApproval(Session supervisor) {
        return checkout.withDiscountApproval(supervisor);
    }

    public void setCustomer(CustomerView customer) {
        sale.setCustomer(customer);
        status.info(customer == null ? Messages.get("sale.msg.noCustomer") : Messages.get("sale.customer", customer.name()));
    }

    /** An exchange: the return's credit pays the next sale first; what it leaves over goes back to the customer. */
    public void startExchange(long amount, String reference) {
        startExchange(amount, reference, null, null);
    }

    /** An exchange whose unused credit becomes a store-credit note written by {@code notes} (never cash back). */
    public void startExchange(long amount, String reference, String returnId, StoreCreditIssuer notes) {
        newSale();
        credit.start(amount, reference, returnId, notes);
        status.info(Messages.get("sale.msg.exchange", Money.format(amount), reference));
    }

    /** Where a store-credit note's number is checked (this till's notes, the server for another till's). */
    public void useStoreCredit(StoreCreditLookup lookup) {
        payments.useStoreCredit(lookup);
    }

    /** Whether a note's check asks the server: the screen then runs {@link #checkNote} off its thread. */
    public boolean noteAsksServer(String number) {
        return payments.noteAsksServer(number);
    }

    /** Says the note is being checked (the server is asked), while the screen waits for {@link #checkNote}. */
    public void checkingNote(String number) {
        payments.checkingNote(number);
    }

    /** Looks a note up; may ask the server, so call it off the screen's thread. Touches no sale state. */
    public StoreCreditLookup.Answer checkNote(String number) {
        return payments.checkNote(number);
    }

    /** Takes a note looked up by {@link #checkNote}; blank amount means up to what is left on it. */
    public boolean payNote(String amountText, StoreCreditLookup.Answer note) {
        return payments.payNote(amountText, note);
    }

    /**
     * Another till's note the till could not check, waiting for a supervisor to vouch for it from the paper note
     * (after {@link #payNote} or {@link #pay} answered false): the screen asks one, then {@link #acceptNote} or
     * {@link #declineNote}.
     */
    public Optional<UncheckedNotes.Pending> pendingNote() {
        return payments.pendingNote();
    }

    /** A supervisor vouched for the pending note: the sale takes the typed amount, unchecked. */
    public boolean acceptNote(Session supervisor) {
        return payments.acceptNote(supervisor);
    }

    /** Nobody vouched for the pending note: nothing is taken. */
    public boolean declineNote() {
        return payments.declineNote();
    }

    /** Takes a payment; blank amount means "the rest" (for a store-credit note: up to what is left on it). */
    public boolean pay(PaymentMethod method, String amountText, String reference) {
        return payments.pay(method, amountText, reference);
    }

    public void removePayment(int index) {
        payments.removePayment(index);
    }

    public SaleOutcome complete() {
        return checkout.complete(null);
    }

    /** Completes with a supervisor's approval to sell beyond local stock. */
    public SaleOutcome completeWithOverride(Session supervisor) {
        return checkout.withOverride(supervisor);
    }

    /** Parks the sale to serve the next customer; it survives a restart and is never sent until completed. */
    public boolean hold() {
        return held.hold();
    }

    /** This till's held sales; when there are none the message says so. */
    public List<HeldSaleView> heldSales() {
        return held.list();
    }

    /** Takes a held sale back; only onto an empty sale, so nothing rung up is lost. */
    public boolean resume(HeldSaleView heldSale) {
        return held.resume(heldSale);
    }

    /** Whether leaving this sale (new sale, quit) would lose something rung up or paid. */
    public boolean hasUnfinishedSale() {
        return sale.isUnfinished();
    }

    public void newSale() {
        credit.drop();
        clearSale();
        status.info(Messages.get("sale.key.new"));
    }

    private void clearSale() {
        sale.clear();
        status.select(-1);
        approval.forget();
        unchecked.forget();
    }

    public Sale sale() {
        return sale;
    }

    public String message() {
        return status.message();
    }

    public boolean messageIsError() {
        return status.isError();
    }

    public int selectedLine() {
        return status.selectedLine();
    }

    public void addListener(Runnable l) {
        status.addListener(l);
    }
}
