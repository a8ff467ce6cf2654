package shopdesk.client.sync.conflict;

import java.util.ArrayList;
import java.util.List;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryWords;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.money.Money;

/**
 * A product created on this till that the server refused (another till took its SKU or barcode first): the bills
 * and stock moves waiting for it, and the ways out: use the server's product, or rename and send again. The
 * default is the link, which loses nothing; a discard is offered from the sync centre only when no bill waits.
 */
public final class ProductRepairPresenter {
    public enum Choice {
        LINK("repair.link"),
        RENAME("repair.rename");

        private final String key;

        Choice(String key) {
            this.key = key;
        }

        public String label() {
            return Messages.get(key);
        }

        public String explanation() {
            return Messages.get(key + ".explained");
        }
    }

    private final SyncPort sync;
    private final SessionHolder sessions;
    private final EntryDetail detail;
    private final List<WaitingEntry> waiting;
    private Choice choice = Choice.LINK;
    private String message = "";

    public ProductRepairPresenter(SyncPort sync, SessionHolder sessions, EntryDetail detail) {
        this.sync = sync;
        this.sessions = sessions;
        this.detail = detail;
        this.waiting = sync.waitingFor(detail.entry().seq());
    }

    public String title() {
        return Messages.get("repair.title", EntryWords.name(detail));
    }

    public String serverMessage() {
        return PlainMessages.plain(detail.entry().lastError());
    }

    /** One line per waiting entry, e.g. "Bill T1-000003, 42.00 paid: sent for the server's product". */
    public List<String> waitingLines() {
        List<String> out = new ArrayList<>();
        for (WaitingEntry w : waiting) out.add(describe(w) + ": " + fate(w, choice));
        return out;
    }

    /** What a discard would do to each waiting entry; a paid bill stops it (it must reach the server). */
    public static List<String> discardLines(List<WaitingEntry> waiting) {
        List<String> out = new ArrayList<>();
        for (WaitingEntry w : waiting) {
            out.add(describe(w) + ": " + Messages.get(w.bill() ? "repair.discard.blocks" : "repair.discard.drops"));
        }
        return out;
    }

    public boolean discardAllowed() {
        return waiting.stream().noneMatch(WaitingEntry::bill);
    }

    public void choose(Choice c) {
        choice = c;
    }

    public Choice choice() {
        return choice;
    }

    public boolean canResolve() {
        return sessions.current().map(s -> RoleMatrix.allows(s.role(), Resolution.FORCE_PUSH)).orElse(false);
    }

    /** Links or renames; false with {@link #message()} when it could not. */
    public boolean resolve(String sku, String barcode, String reason) {
        if (!canResolve()) {
            message = Messages.get("repair.supervisorOnly");
            return false;
        }
        if (reason == null || reason.isBlank()) {
            message = Messages.get("repair.sayWhy");
            return false;
        }
        if (choice == Choice.RENAME && (sku == null || sku.isBlank())) {
            message = Messages.get("repair.typeSku");
            return false;
        }
        try {
            var actor = sessions.require().actor();
            if (choice == Choice.LINK) {
                sync.linkProduct(actor, detail.entry().seq(), reason.trim());
            } else {
                sync.renameProduct(actor, detail.entry().seq(), sku.trim(), barcode == null || barcode.isBlank() ? null : barcode.trim(),
                        reason.trim());
            }
            sync.syncNow();
            message = Messages.get("repair.done", choice.label());
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure(Messages.get("repair.failed"), e);
            return false;
        }
    }

    public String message() {
        return message;
    }

    private static String describe(WaitingEntry w) {
        return w.bill() ? Messages.get("repair.bill", w.label()) + (w.total() == null ? "" : Messages.get("repair.paid", Money.format(w.total())))
                : w.label() + " " + (w.delta() != null && w.delta() > 0 ? "+" : "") + w.delta();
    }

    private static String fate(WaitingEntry w, Choice c) {
        return Messages.get(c == Choice.LINK ? "repair.fate.link" : "repair.fate.rename");
    }
}
