package shopdesk.dal.drawer;

import static shopdesk.db.Tables.Z_REPORT;

import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * Where a till's open business day starts: after the last Z's last bill, last cash movement and last return
 * (local numbers). A till that never closed a day starts at 0 and has no last date.
 */
public record LastClose(long zNumber, LocalDate businessDate, long lastBillNumber, long lastMovementNumber,
                        long lastReturnNumber) {
    public static final LastClose NONE = new LastClose(0, null, 0, 0, 0);

    public static LastClose of(DSLContext dsl, String deviceId) {
        var r = dsl.select(Z_REPORT.Z_NUMBER, Z_REPORT.BUSINESS_DATE, Z_REPORT.LAST_BILL_NUMBER, Z_REPORT.LAST_MOVEMENT_NUMBER,
                        Z_REPORT.LAST_RETURN_NUMBER)
                .from(Z_REPORT).where(Z_REPORT.DEVICE_ID.eq(deviceId))
                .orderBy(Z_REPORT.Z_NUMBER.desc()).limit(1).fetchOne();
        if (r == null) return NONE;
        return new LastClose(r.value1(), LocalDate.parse(r.value2()), r.value3(), r.value4(), r.value5());
    }
}
