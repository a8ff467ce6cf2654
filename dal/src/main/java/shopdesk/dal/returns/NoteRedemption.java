package shopdesk.dal.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import shopdesk.dal.bill.Payment;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.Change;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Money;
import shopdesk.protocol.EntityType;

/**
 * A bill's store-credit payments, checked inside the bill's transaction. A note this till has must cover them (what
 * is left after earlier bills); a note of this till it does not have is unknown. Another till's note was looked up
 * on the server by the sale screen and is re-checked there (RejectCodes.STORE_CREDIT_EXCEEDED).
 */
public final class NoteRedemption {
    private NoteRedemption() {
    }

    /** The numbers of the payments' notes this till does not have (another till's, taken unchecked), in order. */
    public static List<String> unchecked(DSLContext tx, String shopId, List<Payment> payments) {
        return payments.stream().filter(p -> p.method() == PaymentMethod.STORE_CREDIT)
                .map(p -> NoteLedger.normalise(p.reference())).distinct()
                .filter(label -> NoteLedger.balance(tx, shopId, label).isEmpty()).toList();
    }

    /** Checks the payments; returns the stream keys of the local notes, which the bill's entry must follow. */
    public static List<String> check(DSLContext tx, String shopId, String deviceCode, List<Payment> payments) {
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (Payment p : payments) {
            if (p.method() != PaymentMethod.STORE_CREDIT) continue;
            String label = NoteLedger.normalise(p.reference());
            if (label.isEmpty()) throw new ValidationException("payments.reference", ErrorText.NOTE_UNNAMED);
            wanted.merge(label, p.amount(), Long::sum);
        }
        List<String> deps = new ArrayList<>();
        for (var w : wanted.entrySet()) {
            Optional<NoteBalance> note = NoteLedger.balance(tx, shopId, w.getKey());
            if (note.isEmpty()) {
                if (w.getKey().startsWith(deviceCode + "-C")) throw new NotFoundException(ErrorText.NOUN_STORE_CREDIT, w.getKey());
                continue;
            }
            NoteBalance b = note.get();
            if (w.getValue() > b.left()) {
                throw new ValidationException("payments.amount", ErrorText.NOTE_LEFT, b.label(),
                        Money.format(Math.max(0, b.left())));
            }
            deps.add(Change.streamKey(EntityType.STORE_CREDIT, b.noteId()));
        }
        return deps;
    }
}
