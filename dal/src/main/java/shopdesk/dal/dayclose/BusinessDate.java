package shopdesk.dal.dayclose;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.CASH_MOVEMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jooq.DSLContext;
import shopdesk.dal.drawer.LastClose;

/**
 * The open business day's date (docs/SYNC.md, "Business date"): the local date when the day's first document was
 * written (now, if it has none yet), on the till's clock corrected by the offset to the server's clock last
 * measured, but never earlier than the day after the last Z. The till clock alone cannot move the date backwards
 * nor close two days under one date; the server refuses a date ahead of its own.
 */
public final class BusinessDate {
    private BusinessDate() {
    }

    public static LocalDate of(DSLContext dsl, String deviceId, LastClose last, long now, ZoneId zone) {
        return of(dsl, deviceId, last, now, zone, 0);
    }

    /** {@code serverOffsetMs}: server clock minus till clock (0: unknown or none); applied to the till's times. */
    public static LocalDate of(DSLContext dsl, String deviceId, LastClose last, long now, ZoneId zone, long serverOffsetMs) {
        long started = firstDocumentAt(dsl, deviceId, last, now);
        return rule(last.businessDate(), Math.addExact(started, serverOffsetMs), zone);
    }

    /** The rule alone: the date of {@code startedAt} in {@code zone}, at least the day after {@code lastClosed}. */
    public static LocalDate rule(LocalDate lastClosed, long startedAt, ZoneId zone) {
        LocalDate byClock = Instant.ofEpochMilli(startedAt).atZone(zone).toLocalDate();
        if (lastClosed == null) return byClock;
        LocalDate next = lastClosed.plusDays(1);
        return byClock.isBefore(next) ? next : byClock;
    }

    private static long firstDocumentAt(DSLContext dsl, String deviceId, LastClose last, long now) {
        Long bill = dsl.select(BILL.CLIENT_CREATED_AT).from(BILL).where(BILL.DEVICE_ID.eq(deviceId))
                .and(BILL.LOCAL_NUMBER.eq(last.lastBillNumber() + 1)).fetchOne(BILL.CLIENT_CREATED_AT);
        Long cash = dsl.select(CASH_MOVEMENT.CLIENT_CREATED_AT).from(CASH_MOVEMENT).where(CASH_MOVEMENT.DEVICE_ID.eq(deviceId))
                .and(CASH_MOVEMENT.LOCAL_NUMBER.eq(last.lastMovementNumber() + 1)).fetchOne(CASH_MOVEMENT.CLIENT_CREATED_AT);
        long first = now;
        if (bill != null) first = Math.min(first, bill);
        if (cash != null) first = Math.min(first, cash);
        return first;
    }
}
