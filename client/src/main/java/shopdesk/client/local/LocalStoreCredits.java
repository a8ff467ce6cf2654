package shopdesk.client.local;

import java.util.Optional;
import java.util.function.Function;
import shopdesk.client.sale.StoreCreditLookup;
import shopdesk.dal.db.Database;
import shopdesk.dal.returns.NoteLedger;

/**
 * Store-credit notes for the sale screen: a note this till wrote is checked here, offline too (its amount less this
 * till's bills that took from it); another till's note is asked of the server ({@code server}: empty when it cannot
 * be reached, an empty answer inside when the server has no such note).
 */
public final class LocalStoreCredits implements StoreCreditLookup {
    private final Database db;
    private final String shopId;
    private final String deviceCode;
    private final Function<String, Optional<Optional<Found>>> server;

    public LocalStoreCredits(Database db, String shopId, String deviceCode, Function<String, Optional<Optional<Found>>> server) {
        this.db = db;
        this.shopId = shopId;
        this.deviceCode = deviceCode;
        this.server = server;
    }

    @Override
    public Answer check(String number) {
        String label = NoteLedger.normalise(number);
        var local = NoteLedger.balance(db.dsl(), shopId, label);
        if (local.isPresent()) return new Found(local.get().label(), local.get().left());
        if (ownNumber(label)) return new Unknown(label);
        Optional<Optional<Found>> asked = server == null ? Optional.empty() : server.apply(label);
        if (asked.isEmpty()) return new NeedsConnection(label);
        // this till's own bills that took from the note and are not on the server yet
        return asked.get().<Answer>map(f -> new Found(f.label(), f.left() - unsent(label))).orElse(new Unknown(label));
    }

    /** Another till's note, when a server is configured: not this till's number and not in this till's ledger. */
    @Override
    public boolean asksServer(String number) {
        if (server == null || number == null || number.isBlank()) return false;
        String label = NoteLedger.normalise(number);
        return !ownNumber(label) && NoteLedger.balance(db.dsl(), shopId, label).isEmpty();
    }

    @Override
    public boolean anotherTills(String number) {
        return number != null && !number.isBlank() && !ownNumber(NoteLedger.normalise(number));
    }

    /** A number this till hands out ("T1-C…"): if its ledger lacks it, no server has it either. */
    private boolean ownNumber(String label) {
        return deviceCode != null && label.startsWith(NoteLedger.normalise(deviceCode) + "-C");
    }

    private long unsent(String label) {
        return db.dsl().select(org.jooq.impl.DSL.sum(shopdesk.db.Tables.PAYMENT.AMOUNT)).from(shopdesk.db.Tables.PAYMENT)
                .join(shopdesk.db.Tables.BILL).on(shopdesk.db.Tables.BILL.ID.eq(shopdesk.db.Tables.PAYMENT.BILL_ID))
                .where(shopdesk.db.Tables.PAYMENT.REFERENCE.eq(label))
                .and(shopdesk.db.Tables.PAYMENT.METHOD.eq(shopdesk.dal.bill.PaymentMethod.STORE_CREDIT.name()))
                .and(shopdesk.db.Tables.BILL.SYNC_STATE.ne(shopdesk.dal.bill.BillSyncState.SYNCED.name()))
                .and(shopdesk.db.Tables.BILL.STATUS.eq(shopdesk.protocol.BillStatus.COMPLETED.code()))
                .fetchOptional(0, Number.class).map(Number::longValue).orElse(0L);
    }
}
