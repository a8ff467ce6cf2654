package shopdesk.client.sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.bill.Discount;
import shopdesk.dal.bill.DiscountLimit;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/** The sale being rung up: lines, an optional customer and the payments taken so far. No Swing, no database. */
public final class Sale {
    private final List<SaleLine> lines = new ArrayList<>();
    private final List<Tender> tenders = new ArrayList<>();
    private CustomerView customer;
    private final Supplier<SaleRules> rules;
    private Discount discount;
    private String discountReason;

    public Sale() {
        this(SaleRules.DEFAULT);
    }

    public Sale(SaleRules rules) {
        this(() -> rules);
    }

    /** @param rules the shop's terms as they are now (the server's discount limit once a login received it) */
    public Sale(Supplier<SaleRules> rules) {
        this.rules = rules;
    }

    /**
     * Scanning the same product again adds one to its line, as cashiers expect. Returns the line's index. A line
     * beyond {@link Limits#MAX_QUANTITY} or a bill beyond {@link Limits#MAX_AMOUNT} is refused and the sale kept.
     */
    public int add(ProductView product, long quantity) {
        if (quantity <= 0) throw new ValidationException("quantity", Messages.get("sale.err.quantityMin"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).product().id().equals(product.id()) && !product.soldByWeight()) {
                long was = lines.get(i).quantity();
                change(i, quantity > Limits.MAX_QUANTITY - was ? Limits.MAX_QUANTITY + 1 : was + quantity);
                return i;
            }
        }
        lines.add(new SaleLine(product, Math.min(quantity, Limits.MAX_QUANTITY + 1)));
        try {
            checkLimits(lines.size() - 1);
        } catch (ValidationException e) {
            lines.remove(lines.size() - 1);
            throw e;
        }
        return lines.size() - 1;
    }

    public void setQuantity(int index, long quantity) {
        if (quantity <= 0) throw new ValidationException("quantity", Messages.get("sale.err.quantityMinRemove"));
        change(index, quantity);
    }

    /** Sets a line's quantity, or leaves the sale as it was when the result breaks a limit. */
    private void change(int index, long quantity) {
        SaleLine before = lines.get(index);
        lines.set(index, before.withQuantity(quantity));
        try {
            checkLimits(index);
        } catch (ValidationException e) {
            lines.set(index, before);
            throw e;
        }
    }

    private void checkLimits(int index) {
        SaleLine line = lines.get(index);
        if (line.quantity() > Limits.MAX_QUANTITY) {
            throw new ValidationException("quantity", Messages.get("sale.err.quantityMax", String.valueOf(Limits.MAX_QUANTITY)));
        }
        try {
            totals();
        } catch (ArithmeticException e) {
            throw tooLarge("quantity");
        }
    }

    /** An amount beyond what a bill can hold, in the till's language (the arithmetic's own text is technical). */
    private static ValidationException tooLarge(String field) {
        return new ValidationException(field, Messages.get("sale.err.billMax", Money.format(Limits.MAX_AMOUNT)));
    }

    public SaleLine remove(int index) {
        return lines.remove(index);
    }

    public List<SaleLine> lines() {
        return List.copyOf(lines);
    }

    public BillCalculator.Totals totals() {
        return BillCalculator.totals(lines.stream().map(SaleLine::calcLine).toList(), discount, rules.get().rounding());
    }

    /** The deepest price cut of the sale, in basis points, for the cashier's limit. */
    public long deepestCutBp() {
        return DiscountLimit.deepestCutBp(lines.stream().map(SaleLine::calcLine).toList(),
                lines.stream().map(l -> l.product().unitPrice()).toList(), totals());
    }

    public SaleRules rules() {
        return rules.get();
    }

    /** Gives a line a discount (null removes it); refused, and the sale kept, when it is more than the line. */
    public void discountLine(int index, Discount d) {
        replace(index, lines.get(index).withDiscount(d));
    }

    /** Charges another price for a line (null: the catalog's again), for a reason. */
    public void overridePrice(int index, Long price, String reason) {
        replace(index, lines.get(index).withPrice(price, reason));
    }

    /** A discount on the whole bill, spread over its lines for tax; null removes it. */
    public void discountBill(Discount d, String reason) {
        Discount before = discount;
        discount = d;
        try {
            totals();
        } catch (RuntimeException e) {
            discount = before;
            throw e instanceof ArithmeticException ? tooLarge("discount") : e;   // an amount out of range, in words
        }
        discountReason = d == null ? null : reason;
    }

    public Discount discount() {
        return discount;
    }

    public String discountReason() {
        return discountReason;
    }

    private void replace(int index, SaleLine line) {
        SaleLine before = lines.get(index);
        lines.set(index, line);
        try {
            totals();
        } catch (RuntimeException e) {
            lines.set(index, before);
            throw e instanceof ArithmeticException ? tooLarge("discount") : e;   // an amount out of range, in words
        }
    }

    public long total() {
        return totals().total();
    }

    public long paid() {
        return tenders.stream().mapToLong(Tender::amount).sum();
    }

    /** What the customer still owes (never negative). */
    public long due() {
        return Math.max(0, total() - paid());
    }

    public long changeDue() {
        return tenders.stream().mapToLong(Tender::change).sum();
    }

    /**
     * Takes a payment. {@code entered} null means "the rest". Cash may exceed what is due (change is given);
     * card and UPI may not, since nobody hands back change on a card.
     */
    public Tender pay(PaymentMethod method, Long entered, String reference) {
        if (lines.isEmpty()) throw new ValidationException("payment", Messages.get("sale.err.payEmpty"));
        long due = due();
        if (due == 0) throw new ValidationException("payment", Messages.get("sale.err.payNothing"));
        long offered = entered == null ? due : entered;
        if (offered <= 0) throw new ValidationException("payment", Messages.get("sale.err.payZero"));
        if (offered > Limits.MAX_AMOUNT) {
            throw new ValidationException("payment", Messages.get("sale.err.payMax", Money.format(Limits.MAX_AMOUNT)));
        }
        Tender t;
        if (method == PaymentMethod.CASH) {
            t = new Tender(method, Math.min(offered, due), offered, null);
        } else {
            if (offered > due) {
                throw new ValidationException("payment", Messages.get("sale.err.payOver", method.label()));
            }
            t = new Tender(method, offered, offered, reference == null || reference.isBlank() ? null : reference.trim());
        }
        tenders.add(t);
        return t;
    }

    public void removeTender(int index) {
        tenders.remove(index);
    }

    public List<Tender> tenders() {
        return List.copyOf(tenders);
    }

    public Optional<CustomerView> customer() {
        return Optional.ofNullable(customer);
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Complete only when there is something to sell and it is paid exactly (cash change aside). */
    public boolean isPaid() {
        return !lines.isEmpty() && paid() == total();
    }

    /** Takes back a held sale into this (empty) one. */
    void restore(SaleSnapshot s) {
        clear();
        lines.addAll(s.lines());
        tenders.addAll(s.tenders());
        customer = s.customer();
        discount = s.discount();
        discountReason = s.discountReason();
    }

    /** Rung up and not completed: leaving it would lose lines, and perhaps payments taken. */
    public boolean isUnfinished() {
        return !lines.isEmpty() || !tenders.isEmpty();
    }

    public void clear() {
        lines.clear();
        tenders.clear();
        customer = null;
        discount = null;
        discountReason = null;
    }
}
