package shopdesk.client.sync.conflict;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.EntryWords;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.money.Money;

/**
 * The conflict dialog's logic: both versions field by field with differences marked, the choices that fit
 * the conflict's kind, what each will do in plain words, and the resolution itself (supervisors only).
 */
public final class ConflictPresenter {
    private final SyncPort sync;
    private final SessionHolder sessions;
    private final EntryDetail detail;
    private final JsonObject mine;
    private final List<FieldDifference> fields;
    private final BillLines bill;
    private ConflictChoice choice;
    private String message = "";

    public ConflictPresenter(SyncPort sync, SessionHolder sessions, EntryDetail detail) {
        if (detail.conflict() == null && !isParkedBill(detail)) {
            throw new IllegalArgumentException("Entry " + detail.entry().seq() + " has no conflict");
        }
        this.sync = sync;
        this.sessions = sessions;
        this.detail = detail;
        this.mine = FieldMerge.parse(detail.currentJson() != null ? detail.currentJson() : detail.payloadJson());
        this.fields = new ArrayList<>(FieldMerge.compare(base(detail), mine, detail.conflict() == null ? null : detail.conflict().serverState()));
        this.bill = new BillLines(mine, shortfalls());
        // never the destructive choice by default: a bill is kept as rung up, an edit is merged field by field
        this.choice = isStock() ? ConflictChoice.SUPERVISOR_OVERRIDE : ConflictChoice.MERGE;
    }

    public EntryDetail detail() {
        return detail;
    }

    /** A bill the server would not take: for stock (a STOCK conflict) or refused (FAILED); the bill repairs fit. */
    public boolean isStock() {
        return detail.conflict() == null || detail.conflict().kind() == ConflictInfo.Kind.STOCK;
    }

    public String title() {
        String what = EntryWords.name(detail);
        if (detail.conflict() == null) return Messages.get("conflict.title.refused", what);
        return Messages.get(isStock() ? "conflict.title.stock" : "conflict.title.version", what);
    }

    public String serverMessage() {
        // a refused bill: note refusals name the note and what to do (NoteErrorWords), others in plain words
        if (detail.conflict() == null) return shopdesk.client.sync.NoteErrorWords.plain(detail.entry().lastError());
        return shopdesk.client.sync.RejectionTexts.conflict(detail.conflict());   // Hindi on a Hindi till
    }

    /**
     * VERSION conflicts: merge, keep mine, take theirs, discard. A parked bill: override, reduce, void; a bill refused
     * for a product the server does not have also re-link.
     */
    public List<ConflictChoice> choices() {
        if (!isStock()) return List.of(ConflictChoice.MERGE, ConflictChoice.KEEP_MINE, ConflictChoice.TAKE_THEIRS, ConflictChoice.DISCARD);
        List<ConflictChoice> bill = new ArrayList<>(List.of(ConflictChoice.SUPERVISOR_OVERRIDE, ConflictChoice.REDUCE_QUANTITIES,
                ConflictChoice.VOID_AND_RESTORE));
        if (unknownProduct()) bill.add(ConflictChoice.RELINK_PRODUCT);
        return bill;
    }

    /** The server refused the bill for selling a product it does not have. */
    private boolean unknownProduct() {
        String error = detail.entry().lastError();
        return detail.conflict() == null && error != null && error.contains("UNKNOWN_PRODUCT");
    }

    /** Keep mine ticks every "use mine", take theirs and discard clear them: the table shows what will be kept. */
    public void choose(ConflictChoice c) {
        if (!choices().contains(c)) throw new IllegalArgumentException(c + " does not fit this conflict");
        choice = c;
        if (c == ConflictChoice.KEEP_MINE || c == ConflictChoice.TAKE_THEIRS || c == ConflictChoice.DISCARD) {
            for (int i = 0; i < fields.size(); i++) {
                fields.set(i, fields.get(i).withTakeMine(c == ConflictChoice.KEEP_MINE && fields.get(i).differs()));
            }
        }
    }

    public ConflictChoice choice() {
        return choice;
    }

    /** What the choice does on this till, on the server and to the customer (the refund for a void or reduce). */
    public String explanation() {
        return switch (choice) {
            case VOID_AND_RESTORE -> choice.explanation(Messages.get("conflict.refundWhole", Money.format(bill.total())));
            case REDUCE_QUANTITIES -> {
                StringBuilder b = new StringBuilder(choice.explanation(Messages.get("conflict.refundPart",
                        Money.format(bill.refund()))));
                for (var l : bill.lines()) {
                    if (l.keep() != l.quantity()) b.append("\n").append(l.sku()).append(": ").append(l.quantity()).append(" -> ").append(l.keep());
                }
                yield b.toString();
            }
            default -> choice.explanation();
        };
    }

    public BillLines bill() {
        return bill;
    }

    public List<FieldDifference> fields() {
        return List.copyOf(fields);
    }

    public List<ConflictInfo.Shortfall> shortfalls() {
        return detail.conflict() == null || detail.conflict().shortfalls() == null ? List.of() : detail.conflict().shortfalls();
    }

    /** Merge: pick this field's value from my side (true) or the server's (false). */
    public void takeMine(String field, boolean v) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field().equals(field)) fields.set(i, fields.get(i).withTakeMine(v));
        }
    }

    public boolean canResolve() {
        return sessions.current().map(s -> RoleMatrix.allows(s.role(), Resolution.FORCE_PUSH)).orElse(false);
    }

    /** Applies the chosen resolution; false with {@link #message()} when it could not. */
    public boolean resolve(String reason) {
        if (!canResolve()) {
            message = Messages.get("conflict.onlySupervisor");
            return false;
        }
        if (reason == null || reason.isBlank()) {
            message = Messages.get("sync.sayWhy");
            return false;
        }
        var actor = sessions.require().actor();
        long seq = detail.entry().seq();
        String why = reason.trim();
        try {
            switch (choice) {
                case KEEP_MINE -> sync.keepMine(actor, seq, null, why);
                case TAKE_THEIRS -> sync.takeTheirs(actor, seq, why);
                case MERGE -> sync.keepMine(actor, seq, merged(), why);
                case DISCARD -> sync.discard(actor, seq, why);
                case VOID_AND_RESTORE -> sync.voidBillAndRestore(actor, seq, why);
                case REDUCE_QUANTITIES -> {
                    if (bill.reduced().isEmpty() || !bill.keepsSomething()) {
                        message = Messages.get(bill.keepsSomething() ? "conflict.lowerOne" : "conflict.everyLine");
                        return false;
                    }
                    sync.reduceQuantities(actor, seq, reducedQuantities(), why);
                }
                case SUPERVISOR_OVERRIDE -> sync.overrideStock(actor, seq, why);
                case RELINK_PRODUCT -> sync.relinkBill(actor, seq, why);
            }
            message = Messages.get("conflict.done", choice.label());
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure(Messages.get("conflict.notResolved"), e);
            return false;
        }
    }

    /** My payload with every field the supervisor left on "theirs" replaced by the server's value. */
    public JsonObject merged() {
        return FieldMerge.merged(mine, detail.conflict().serverState(), fields);
    }

    /** The quantities each changed line keeps: a short product starts at what the server has (never below zero). */
    public Map<String, Long> reducedQuantities() {
        return bill.reduced();
    }

    public String message() {
        return message;
    }

    /** Whether the base column has anything to show. */
    public boolean hasBase() {
        return detail.baseJson() != null;
    }

    private static JsonObject base(EntryDetail d) {
        return d.baseJson() == null ? null : FieldMerge.parse(d.baseJson());
    }

    private static boolean isParkedBill(EntryDetail d) {
        return "CREATE_BILL".equals(d.entry().action()) && d.entry().state() == EntryState.FAILED;
    }
}
