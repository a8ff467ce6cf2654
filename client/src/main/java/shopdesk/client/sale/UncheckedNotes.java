package shopdesk.client.sale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Money;

/**
 * Another till's store-credit note the till cannot check (no connection, or the issuing till has not sent it yet):
 * a supervisor looks at the paper note and vouches for it, and the sale takes the amount the cashier typed from it.
 * The bill names the supervisor ({@code noteApprovedBy}, signed like a discount approval) and the server still
 * checks the note once the issuing till has sent it. A number of this till, or a malformed one, is never vouched for.
 */
public final class UncheckedNotes {
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]+-C[0-9]+");
    private final Sale sale;
    private final Map<String, Voucher> approved = new LinkedHashMap<>();
    private Pending pending;

    /** A note waiting for a supervisor: its number and the amount typed from the paper note. */
    public record Pending(String label, long amount) {
    }

    /** The supervisor who vouched for a note: user id for the bill, name for the receipt line. */
    record Voucher(String userId, String name) {
        static Voucher of(Session s) {
            return new Voucher(s.userId(), s.displayName());
        }
    }

    UncheckedNotes(Sale sale) {
        this.sale = sale;
    }

    /**
     * Whether the answer is another till's note that cannot be checked; then the approval waits ({@link #pending})
     * for the typed amount (required, more than zero, at most what is due), else a ValidationException says why not.
     */
    boolean ask(StoreCreditLookup lookup, StoreCreditLookup.Answer answer, Long entered) {
        String label = answer instanceof StoreCreditLookup.NeedsConnection n ? n.number()
                : answer instanceof StoreCreditLookup.Unknown u ? u.number() : null;
        if (label == null || !NUMBER.matcher(label).matches() || !lookup.anotherTills(label)) return false;
        long due = sale.due();
        if (entered == null || entered <= 0 || entered > due) {
            throw new ValidationException("amount", Messages.get("credit.unchecked.amount", label, Money.format(due)));
        }
        pending = new Pending(label, entered);
        return true;
    }

    Optional<Pending> pending() {
        return Optional.ofNullable(pending);
    }

    /** The supervisor vouched for the pending note: the sale takes it. */
    Tender approve(Session supervisor) {
        if (!supervisor.isSupervisor()) throw new IllegalArgumentException("Only a supervisor may approve");
        Pending p = pending;
        if (p == null) throw new IllegalStateException("No note is waiting for approval");
        pending = null;
        Tender t = sale.pay(PaymentMethod.STORE_CREDIT, p.amount(), p.label());
        approved.put(p.label(), Voucher.of(supervisor));
        return t;
    }

    /** Nobody vouched: nothing is taken. */
    void decline() {
        pending = null;
    }

    /**
     * The supervisor vouching for the sale's unchecked notes still paid with, or null. One supervisor signs a bill:
     * the last to vouch, or the one who approves the whole sale later ({@link #takeOverBy}).
     */
    String approvedBy() {
        Voucher last = null;
        for (var e : approved.entrySet()) if (paysWith(e.getKey())) last = e.getValue();
        return last == null ? null : last.userId();
    }

    /** The receipt's lines: "Note T1-C000003 accepted by Sam (unchecked)", one per note still paid with. */
    java.util.List<String> lines() {
        return approved.entrySet().stream().filter(e -> paysWith(e.getKey()))
                .map(e -> Messages.get("credit.unchecked.accepted", e.getKey(), e.getValue().name())).toList();
    }

    /** A supervisor approving the whole sale as shown (beyond stock, a discount) vouches for its notes too. */
    void takeOverBy(Session supervisor) {
        approved.replaceAll((label, who) -> Voucher.of(supervisor));
    }

    /** Who vouched for which note, to hold the sale with its payments ({@link SaleSnapshot}). */
    Map<String, Voucher> vouched() {
        return Map.copyOf(approved);
    }

    /** A held sale taken back: its vouched notes with it (null: none). */
    void restore(Map<String, Voucher> vouched) {
        approved.clear();
        if (vouched != null) approved.putAll(vouched);
    }

    void forget() {
        approved.clear();
        pending = null;
    }

    private boolean paysWith(String label) {
        return sale.tenders().stream().anyMatch(t -> t.method() == PaymentMethod.STORE_CREDIT && label.equalsIgnoreCase(t.reference()));
    }
}
