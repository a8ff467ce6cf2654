package shopdesk.client.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.money.Money;
import shopdesk.dal.returns.OriginalBill;
import shopdesk.dal.returns.RefundMath;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.SaleReturn;

/**
 * The Returns screen without a display: find the bill (scanned receipt number or from the bills list), choose
 * quantities per line (partial allowed) and restock or write-off, the refund method, then refund or exchange. An
 * exchange is a return refunded as store credit (VOUCHER) that the next sale takes as a payment.
 */
public final class ReturnPresenter {
    /** How the money goes back: the payment methods a refund may use, in the order the screen offers them. */
    public static final List<PaymentMethod> REFUND_METHODS = List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.UPI);

    /**
     * A finished exchange: the credit the sale takes as a payment, the return's label as its reference, and the
     * return's id (a store-credit note for what the sale leaves over names it).
     */
    public record ExchangeCredit(long amount, String reference, String returnId) {
    }

    private final ReturnsPort returns;
    private final SessionHolder sessions;
    private OriginalBill bill;
    private NoBillReturn noBill; // a supervisor's return without the bill, while one is being built
    private final Map<Integer, Long> quantities = new LinkedHashMap<>();
    private final Map<Integer, Boolean> restock = new LinkedHashMap<>();
    private PaymentMethod refundMethod = PaymentMethod.CASH;
    private String reason = "";
    private String message = Messages.get("returns.msg.scan");
    private boolean error;

    public ReturnPresenter(ReturnsPort returns, SessionHolder sessions) {
        this.returns = returns;
        this.sessions = sessions;
    }

    public boolean find(String number) {
        if (number == null || number.isBlank()) return error(Messages.get("returns.msg.scan"));
        if (noBill != null) return addProduct(number.strip());
        try {
            var found = returns.findBill(number.strip());
            if (found.isEmpty()) return error(Messages.get("returns.msg.noBill", number.strip()));
            bill = found.get();
            quantities.clear();
            restock.clear();
            for (OriginalBill.Line l : bill.lines()) {
                quantities.put(l.lineNo(), 0L);
                restock.put(l.lineNo(), true);
            }
            if (bill.voided()) return error(Messages.get("returns.msg.voided", bill.localLabel()));
            return info(Messages.get("returns.msg.choose", label()));
        } catch (RuntimeException e) {
            return error(PlainMessages.forFailure(Messages.get("returns.msg.notFound"), e));
        }
    }

    /**
     * Starts a return without the bill: supervisors only (the till's services and the server refuse a cashier), a
     * reason required; the number field then takes products.
     */
    public boolean startWithoutBill() {
        if (!sessions.require().isSupervisor()) return error(Messages.get("returns.noBill.supervisor"));
        bill = null;
        noBill = new NoBillReturn();
        quantities.clear();
        restock.clear();
        return info(Messages.get("returns.noBill.scan"));
    }

    public boolean withoutBill() {
        return noBill != null;
    }

    private boolean addProduct(String code) {
        try {
            var p = returns.findProduct(code);
            if (p.isEmpty()) return error(Messages.get("returns.noBill.noProduct", code));
            int line = noBill.add(p.get());
            restock.putIfAbsent(line, true);
            // a counted product: one more each scan; a weighed one: its grams are typed in the table
            quantities.merge(line, p.get().soldByWeight() ? 0L : 1L, Math::addExact);
            return info(Messages.get("returns.refundTotal", Money.format(refundTotal())));
        } catch (RuntimeException e) {
            return error(PlainMessages.forFailure(Messages.get("returns.msg.notFound"), e));
        }
    }

    public String label() {
        if (noBill != null) return Messages.get("returns.noBill.label");
        if (bill == null) return "";
        return bill.localLabel() + (bill.legalLabel() != null ? " (" + bill.legalLabel() + ")" : "");
    }

    public List<OriginalBill.Line> lines() {
        if (noBill != null) return noBill.lines();
        return bill == null ? List.of() : bill.lines();
    }

    public long quantity(int lineNo) {
        return quantities.getOrDefault(lineNo, 0L);
    }

    public boolean restock(int lineNo) {
        return restock.getOrDefault(lineNo, true);
    }

    /** A line's quantity to come back as the table shows it: a count, or kg with up to three decimals. */
    public String quantityText(int lineNo) {
        OriginalBill.Line l = line(lineNo);
        return l == null ? "" : ReturnQuantity.shown(quantity(lineNo), l.weighed());
    }

    /** Reads what the cashier typed for a line: a count, or kg for a weighed line ({@link ReturnQuantity}), kept in grams. */
    public boolean setQuantity(int lineNo, String text) {
        OriginalBill.Line l = line(lineNo);
        if (l == null) return error(Messages.get("returns.msg.noLine"));
        var read = ReturnQuantity.read(text, l.weighed());
        if (read.isEmpty()) {
            return error(l.weighed() ? Messages.get("returns.msg.weight", ReturnQuantity.typed(text, true)) : Messages.get("returns.msg.wholeNumber"));
        }
        long q = read.getAsLong();
        if (q < 0 || q > l.left()) return error(Messages.get("returns.msg.range", ReturnQuantity.shown(l.left(), l.weighed()), l.name()));
        quantities.put(lineNo, q);
        return info(Messages.get("returns.refundTotal", Money.format(refundTotal())));
    }

    private OriginalBill.Line line(int lineNo) {
        return lines().stream().filter(x -> x.lineNo() == lineNo).findFirst().orElse(null);
    }

    /** Everything left on the bill comes back. */
    public void all() {
        for (OriginalBill.Line l : lines()) quantities.put(l.lineNo(), l.left());
        info(Messages.get("returns.refundTotal", Money.format(refundTotal())));
    }

    public void setRestock(int lineNo, boolean back) {
        restock.put(lineNo, back);
    }

    public void setRefundMethod(PaymentMethod method) {
        if (REFUND_METHODS.contains(method)) refundMethod = method;
    }

    public PaymentMethod refundMethod() {
        return refundMethod;
    }

    public void setReason(String text) {
        reason = text == null ? "" : text;
    }

    /** What the customer gets back for the chosen quantities: each line's share of what was paid for it. */
    public long refundTotal() {
        long total = 0;
        for (OriginalBill.Line l : lines()) {
            long q = quantity(l.lineNo());
            if (q == 0) continue;
            if (noBill != null) {
                total = Math.addExact(total, noBill.refund(l.lineNo(), q));
                continue;
            }
            total = Math.addExact(total, Math.addExact(RefundMath.share(l.subtotal(), l.quantity(), l.returned(), q),
                    RefundMath.share(l.tax(), l.quantity(), l.returned(), q)));
        }
        return total;
    }

    /** Refunds the chosen lines by the refund method; null (and a message) when it cannot. */
    public SaleReturn refund() {
        return take(refundMethod.name(), Messages.get("returns.refund"));
    }

    /** Takes the return as store credit for a sale that follows; null (and a message) when it cannot. */
    public ExchangeCredit exchange() {
        SaleReturn r = take("VOUCHER", Messages.get("returns.exchange"));
        return r == null ? null : new ExchangeCredit(r.total(), r.localLabel(), r.id());
    }

    private SaleReturn take(String method, String what) {
        if (bill == null && noBill == null) return fail(Messages.get("returns.msg.findFirst"));
        if (noBill != null && reason.isBlank()) return fail(Messages.get("returns.noBill.reason"));
        List<ReturnDraft.Line> chosen = new ArrayList<>();
        for (OriginalBill.Line l : lines()) {
            long q = quantity(l.lineNo());
            if (q <= 0) continue;
            chosen.add(noBill != null ? new ReturnDraft.Line(null, l.productId(), q, restock(l.lineNo()))
                    : new ReturnDraft.Line(l.lineNo(), null, q, restock(l.lineNo())));
        }
        if (chosen.isEmpty()) return fail(Messages.get("returns.msg.chooseItem"));
        try {
            ReturnDraft draft = noBill != null ? new ReturnDraft(null, method, reason, null, chosen, null)
                    : new ReturnDraft(bill.id(), method, reason.isBlank() ? null : reason, null, chosen, bill);
            SaleReturn r = returns.take(sessions.require().actor(), draft);
            String done = what + " " + r.localLabel() + ": " + Money.format(r.total()) + " "
                    + (method.equals("VOUCHER") ? Messages.get("returns.msg.credit") : Messages.get("returns.msg.backBy", PaymentMethod.valueOf(method).label()));
            bill = null;
            noBill = null;
            quantities.clear();
            info(done);
            return r;
        } catch (RuntimeException e) {
            return fail(PlainMessages.forFailure(Messages.get("returns.msg.notSaved"), e));
        }
    }

    public String message() {
        return message;
    }

    public boolean messageIsError() {
        return error;
    }

    private <T> T fail(String text) {
        error(text);
        return null;
    }

    private boolean error(String text) {
        message = text;
        error = true;
        return false;
    }

    private boolean info(String text) {
        message = text;
        error = false;
        return true;
    }
}
