package shopdesk.server.drawer;

import static shopdesk.db.Tables.Z_REPORT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ZReportPayload;
import shopdesk.server.audit.AuditTrail;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * CLOSE_DAY: keeps a till's Z report as it was made. The till is the token's; a second Z for the same till and
 * business day, or with a Z number already used, is refused (DAY_ALREADY_CLOSED). The approver of a variance was
 * verified by the authorizer (its signed approval); the limit is this server's {@code drawer.server-variance-approval-limit}.
 */
public final class ZReportApplier {
    private final DrawerSettings drawer;

    public ZReportApplier(DrawerSettings drawer) {
        this.drawer = drawer;
    }

    public Applied apply(DSLContext tx, EntryContext ctx) {
        ZReportPayload z = ctx.payload(ZReportPayload.class);
        String id = ctx.entityId(z.id());
        Actors.sameTill(ctx, z.deviceId());
        LocalDate today = Instant.ofEpochMilli(ctx.now()).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate date = ZReportChecks.check(z, drawer, today);
        var same = tx.select(Z_REPORT.Z_NUMBER, Z_REPORT.BUSINESS_DATE).from(Z_REPORT).where(Z_REPORT.DEVICE_ID.eq(ctx.deviceId()))
                .and(Z_REPORT.BUSINESS_DATE.eq(date.toString()).or(Z_REPORT.Z_NUMBER.eq(z.zNumber()))).limit(1).fetchOne();
        if (same != null) {
            throw EntryRefused.rejected(RejectCodes.DAY_ALREADY_CLOSED, "This till already closed " + same.value2()
                    + " with Z " + same.value1() + "; a Z report is never replaced");
        }
        String user = Actors.user(tx, ctx);
        tx.insertInto(Z_REPORT).set(Z_REPORT.ID, id).set(Z_REPORT.SHOP_ID, ctx.shopId()).set(Z_REPORT.DEVICE_ID, ctx.deviceId())
                .set(Z_REPORT.USER_ID, user).set(Z_REPORT.Z_NUMBER, z.zNumber()).set(Z_REPORT.BUSINESS_DATE, date.toString())
                .set(Z_REPORT.LAST_BILL_NUMBER, z.totals().billRange() == null ? 0 : z.totals().billRange().lastLocalNumber())
                .set(Z_REPORT.LAST_MOVEMENT_NUMBER, z.totals().lastMovementNumber()).set(Z_REPORT.SALES_TOTAL, z.totals().total())
                .set(Z_REPORT.EXPECTED_CASH, z.count().expected()).set(Z_REPORT.COUNTED_CASH, z.count().counted())
                .set(Z_REPORT.VARIANCE, z.count().variance()).set(Z_REPORT.VARIANCE_APPROVED_BY, z.varianceApprovedBy())
                .set(Z_REPORT.PAYLOAD, Payloads.toJson(z)).set(Z_REPORT.CLIENT_CREATED_AT, z.clientCreatedAt())
                .set(Z_REPORT.SERVER_CREATED_AT, ctx.now()).execute();
        AuditTrail.write(tx, ctx.now(), ctx.shopId(), user, AuditAction.DAY_CLOSE, EntityType.Z_REPORT, id, null,
                "Z " + z.zNumber() + " of till " + ctx.deviceId() + " for " + date + ", pushed by " + ctx.caller().username());
        return new Applied(z.zNumber(), 1L, ctx.now());
    }
}
