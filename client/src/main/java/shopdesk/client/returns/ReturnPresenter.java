package shopdesk.client.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
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
    /** How the money goes back: the payment method codes a refund may use (their labels: {@link #methodLabel}). */
    public static final Map<String, String> REFUND_METHODS = Map.of("CASH", "CASH", "CARD", "CARD", "UPI", "UPI");

    /** "Cash", "Card", "UPI" in the till's language. */
    public static String methodLabel(String code) {
        return shopdesk.client.sale.PaymentMethod.valueOf(code).label();
    }

    /** A finished exchange: the credit the sale takes as a payment, and the return's label as its reference. */
    public record ExchangeCredit(long amount, String reference) {
    }

    private final ReturnsPort returns;
    private final SessionHolder sessions;
    private OriginalBill bill;
    private final Map<Integer, Long> quantities = new LinkedHashMap<>();
    private final Map<Integer, Boolean> restock = new LinkedHashMap<>();
    private String refundMethod = "CASH";
    private String reason = "";
    private String message = Messages.get("returns.msg.scan");
    private boolean error;

    public ReturnPresenter(ReturnsPort returns, SessionHolder sessions) {
        this.returns = returns;
        this.sessions = sessions;
    }

    public boolean find(String number) {
        if (number == null || number.isBlank()) return error(Messages.get("returns.msg.scan"));
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

    public String label() {
        if (bill == null) return "";
        return bill.localLabel() + (bill.legalLabel() != null ? " (" + bill.legalLabel() + ")" : "");
    }

    public List<OriginalBill.Line> lines() {
        return bill == null ? List.of() : bill.lines();
    }

    public long quantity(int lineNo) {
        return quantities.getOrDefault(lineNo, 0L);
    }

    public boolean restock(int lineNo) {
        return restock.getOrDefault(lineNo, true);
    }

    public boolean setQuantity(int lineNo, String text) {
        OriginalBill.Line l = bill == null ? null : bill.line(lineNo);
        if (l == null) return error(Messages.get("returns.msg.noLine"));
        long q;
        try {
            q = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return error(Messages.get("returns.msg.wholeNumber"));
        }
        if (q < 0 || q > l.left()) return error(Messages.get("returns.msg.range", String.valueOf(l.left()), l.name()));
        quantities.put(lineNo, q);
        return info(Messages.get("returns.refundTotal", Money.format(refundTotal())));
    }

    /** Everything left on the bill comes back. */
    public void all() {
        for (OriginalBill.Line l : lines()) quantities.put(l.lineNo(), l.left());
        info(Messages.get("returns.refundTotal", Money.format(refundTotal())));
    }

    public void setRestock(int lineNo, boolean back) {
        restock.put(lineNo, back);
    }

    public void setRefundMethod(String method) {
        if (REFUND_METHODS.containsKey(method)) refundMethod = method;
    }

    public String refundMethod() {
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
            total = Math.addExact(total, Math.addExact(RefundMath.share(l.subtotal(), l.quantity(), l.returned(), q),
                    RefundMath.share(l.tax(), l.quantity(), l.returned(), q)));
        }
        return total;
    }

    /** Refunds the chosen lines by the refund method; null (and a message) when it cannot. */
    public SaleReturn refund() {
        return take(refundMethod, Messages.get("returns.refund"));
    }

    /** Takes the return as store credit for a sale that follows; null (and a message) when it cannot. */
    public ExchangeCredit exchange() {
        SaleReturn r = take("VOUCHER", Messages.get("returns.exchange"));
        return r == null ? null : new ExchangeCredit(r.total(), r.localLabel());
    }

    private SaleReturn take(String method, String what) {
        if (bill == null) return fail(Messages.get("returns.msg.findFirst"));
        List<ReturnDraft.Line> chosen = new ArrayList<>();
        for (OriginalBill.Line l : lines()) {
            long q = quantity(l.lineNo());
            if (q > 0) chosen.add(new ReturnDraft.Line(l.lineNo(), null, q, restock(l.lineNo())));
        }
        if (chosen.isEmpty()) return fail(Messages.get("returns.msg.chooseItem"));
        try {
            SaleReturn r = returns.take(sessions.require().actor(), new ReturnDraft(bill.id(), method,
                    reason.isBlank() ? null : reason, null, chosen, bill));
            String done = what + " " + r.localLabel() + ": " + Money.format(r.total()) + " "
                    + (method.equals("VOUCHER") ? Messages.get("returns.msg.credit") : Messages.get("returns.msg.backBy", methodLabel(method)));
            bill = null;
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
