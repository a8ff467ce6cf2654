package shopdesk.dal.dayclose;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.Z_REPORT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.bill.NumberCounter;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.drawer.LastClose;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.money.Money;
import shopdesk.dal.report.ReportRange;
import shopdesk.dal.report.SalesReports;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ZReportPayload;

/**
 * X and Z reports of a till. A Z closes the open business day: in one transaction it claims the till's next Z number
 * (gapless: a rollback gives it back), freezes the day's totals and the drawer count, and records the entry that
 * carries it to the server. The next bill or drawer document then belongs to the next business day.
 */
public final class DayCloseService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;
    private final ZoneId zone;
    private final DrawerSettings settings;
    private final AuditLog audit;
    private final LongSupplier serverOffset;

    public DayCloseService(Database db, ChangeRecorder recorder, Clock clock, ZoneId zone, DrawerSettings settings) {
        this(db, recorder, clock, zone, settings, () -> 0);
    }

    /**
     * {@code serverOffset}: the server's clock minus the till's in ms as last measured (ClockSkew), 0 while unknown;
     * the business date is taken on the corrected time, so a till clock off by hours does not date the day wrong.
     */
    public DayCloseService(Database db, ChangeRecorder recorder, Clock clock, ZoneId zone, DrawerSettings settings,
                           LongSupplier serverOffset) {
        this.serverOffset = serverOffset;
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.zone = zone;
        this.settings = settings;
        this.audit = new AuditLog(db, clock);
    }

    /** The open day's running totals of the whole till; changes nothing. */
    public XReport xReport(Actor actor) {
        return xReport(actor, null);
    }

    /**
     * The open day's running totals of one cashier's documents (their shift: float, sales, returns, cash in and out)
     * when {@code cashierId} is not null, else the till's. Meant for a drawer per cashier
     * ({@code drawer.float-scope=cashier}), where each cashier answers for their own cash.
     */
    public XReport xReport(Actor actor, String cashierId) {
        RoleMatrix.require(actor, ChangeAction.CLOSE_DAY, ErrorText.ACTION_X_REPORT);
        DSLContext dsl = db.dsl();
        LastClose last = LastClose.of(dsl, actor.deviceId());
        long now = clock.millis();
        return new XReport(actor.deviceId(), businessDate(dsl, actor, last, now), now,
                DayTotalsQuery.compute(dsl, actor.shopId(), actor.deviceId(), last, cashierId), cashierId);
    }

    private LocalDate businessDate(DSLContext dsl, Actor actor, LastClose last, long now) {
        return BusinessDate.of(dsl, actor.deviceId(), last, now, zone, serverOffset.getAsLong());
    }

    /**
     * Closes the day with the drawer count. A variance over {@code drawer.variance-approval-limit} needs
     * {@code approverId}: an enabled supervisor of the shop, whose approval key signs the entry when it is recorded
     * (ApprovalSigner); the actor may approve their own count when they are a supervisor.
     */
    public ZReportPayload closeDay(Actor actor, CountInput count, String approverId) {
        RoleMatrix.require(actor, ChangeAction.CLOSE_DAY, ErrorText.ACTION_CLOSE_DAY);
        long counted = count.counted();
        String id = Ids.newId();
        return db.inTransaction(tx -> {
            long number = NumberCounter.next(tx, scope(actor.deviceId()));
            LastClose last = LastClose.of(tx, actor.deviceId());
            long now = clock.millis();
            LocalDate date = businessDate(tx, actor, last, now);
            DayTotals totals = DayTotalsQuery.compute(tx, actor.shopId(), actor.deviceId(), last);
            long variance = Math.subtractExact(counted, totals.expectedCash());
            String approvedBy = settings.needsApproval(variance) ? approver(tx, actor, approverId, variance) : null;
            DrawerCount drawer = new DrawerCount(count.denominations(), counted, totals.expectedCash(), variance);
            ZReportPayload z = new ZReportPayload(id, actor.deviceId(), actor.userId(), number, date.toString(), now, totals,
                    drawer, approvedBy);
            String json = Payloads.toJson(z);
            tx.insertInto(Z_REPORT).set(Z_REPORT.ID, id).set(Z_REPORT.SHOP_ID, actor.shopId())
                    .set(Z_REPORT.DEVICE_ID, actor.deviceId()).set(Z_REPORT.USER_ID, actor.userId())
                    .set(Z_REPORT.Z_NUMBER, number).set(Z_REPORT.BUSINESS_DATE, date.toString())
                    .set(Z_REPORT.LAST_BILL_NUMBER, totals.billRange().lastLocalNumber())
                    .set(Z_REPORT.LAST_MOVEMENT_NUMBER, totals.lastMovementNumber())
                    .set(Z_REPORT.LAST_RETURN_NUMBER, totals.lastReturnNumber()).set(Z_REPORT.SALES_TOTAL, totals.total())
                    .set(Z_REPORT.EXPECTED_CASH, totals.expectedCash()).set(Z_REPORT.COUNTED_CASH, counted)
                    .set(Z_REPORT.VARIANCE, variance).set(Z_REPORT.VARIANCE_APPROVED_BY, approvedBy)
                    .set(Z_REPORT.PAYLOAD, json).set(Z_REPORT.CLIENT_CREATED_AT, now).execute();
            audit.record(tx, actor, AuditAction.DAY_CLOSE, EntityType.Z_REPORT, id, null, "Z " + number + " for " + date
                    + ", variance " + Money.format(variance) + (approvedBy == null ? "" : ", approved by " + approvedBy));
            recorder.record(tx, new Change(Change.streamKey(EntityType.Z_REPORT, actor.deviceId()), EntityType.Z_REPORT, id,
                    ChangeAction.CLOSE_DAY.name(), json, Payloads.VERSION, null, actor.userId(), List.of()));
            return z;
        });
    }

    /**
     * Keeps the finished days of the last month for the reports ({@code report_day}), so the next report reads them
     * instead of their bills; what a Z calls for, off the screen's thread. Only a speed-up: a report reads any day
     * not kept (or whose bills changed) from its bills.
     */
    public void keepReportDays(String shopId) {
        LocalDate today = Instant.ofEpochMilli(clock.millis()).atZone(zone).toLocalDate();
        new SalesReports(db, clock).all(new ReportRange(shopId, zone, today.minusDays(31), today), 0);
    }

    /** The till's Z reports, newest first. */
    public List<ZReportPayload> zReports(String deviceId, int limit) {
        return db.dsl().select(Z_REPORT.PAYLOAD).from(Z_REPORT).where(Z_REPORT.DEVICE_ID.eq(deviceId))
                .orderBy(Z_REPORT.Z_NUMBER.desc()).limit(limit)
                .fetch(r -> Payloads.fromJson(r.value1(), ZReportPayload.class));
    }

    public Optional<ZReportPayload> lastZ(String deviceId) {
        return zReports(deviceId, 1).stream().findFirst();
    }

    public DrawerSettings settings() {
        return settings;
    }

    private static String approver(DSLContext tx, Actor actor, String approverId, long variance) {
        String who = approverId != null ? approverId : actor.role() != null && actor.role().atLeast(Role.SUPERVISOR) ? actor.userId() : null;
        if (who == null) {
            throw new PermissionDeniedException(variance < 0 ? ErrorText.COUNT_SHORT : ErrorText.COUNT_OVER,
                    Money.format(Math.abs(variance)));
        }
        var r = tx.select(APP_USER.ROLE).from(APP_USER).where(APP_USER.ID.eq(who)).and(APP_USER.SHOP_ID.eq(actor.shopId()))
                .and(APP_USER.DISABLED_AT.isNull()).fetchOne();
        if (r == null || !Role.valueOf(r.value1()).atLeast(Role.SUPERVISOR)) {
            throw new PermissionDeniedException(ErrorText.COUNT_NEEDS_SUPERVISOR);
        }
        return who;
    }

    /** The counter of a till's Z numbers. */
    public static String scope(String deviceId) {
        return "zreport:" + deviceId;
    }
}
