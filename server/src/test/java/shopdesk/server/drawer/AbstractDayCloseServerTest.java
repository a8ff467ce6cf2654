package shopdesk.server.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.CASH_MOVEMENT;
import static shopdesk.db.Tables.Z_REPORT;

import org.junit.jupiter.api.Test;
import shopdesk.dal.auth.ApprovalProof;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/**
 * Drawer documents and Z reports over real HTTP: the till and user come from the token, the server keeps every Z
 * and refuses a second one for a till and business day, a date ahead of its own, and a variance over its limit
 * (5.00 by default) without a supervisor's signed approval. The server's clock says 2026-01-05.
 */
public abstract class AbstractDayCloseServerTest extends ServerTestBase {

    private EntryResult push(TokenResponse login, Shop shop, PushEntry e) {
        return api.pushOk(login.accessToken(), shop.deviceId(), e).results().get(0);
    }

    private static void assertRejected(EntryResult r, String code) {
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).as(r.rejected().message()).isEqualTo(code);
    }

    static PushEntry cash(String deviceId, String userId, long number, String kind, long amount, String reason) {
        return Entries.cashMovement(deviceId, userId, number, kind, amount, reason);
    }

    static PushEntry z(String deviceId, String userId, long number, String date, long counted, String approvedBy) {
        return Entries.zReport(deviceId, userId, number, date, counted, approvedBy);
    }

    @Test
    void aCashOutIsStoredForTheTokensTillAndUser() {
        Shop shop = newShop();
        PushEntry e = cash(shop.deviceId(), shop.cashierId(), 1, "CASH_OUT", 3_500, "cleaning supplies");
        assertThat(push(shop.cashier(), shop, e).outcome()).isEqualTo(Outcome.APPLIED);
        var row = server.database().dsl().selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.ID.eq(e.entityId())).fetchOne();
        assertThat(row.getDeviceId()).isEqualTo(shop.deviceId());
        assertThat(row.getUserId()).isEqualTo(shop.cashierId());
        assertThat(row.getAmount()).isEqualTo(3_500);
        assertThat(row.getServerCreatedAt()).isEqualTo(clock.millis());
    }

    @Test
    void aDrawerDocumentOfAnotherTillOrWithoutAReasonIsRefused() {
        Shop shop = newShop();
        String t2 = admin.createDevice(shop.id(), "T2", "Till 2");
        assertRejected(push(shop.cashier(), shop, cash(t2, shop.cashierId(), 1, "CASH_OUT", 100, "x")), RejectCodes.FORBIDDEN_ACTOR);
        assertRejected(push(shop.cashier(), shop, cash(shop.deviceId(), shop.cashierId(), 1, "CASH_OUT", 100, " ")),
                RejectCodes.INVALID_PAYLOAD);
        assertRejected(push(shop.cashier(), shop, cash(shop.deviceId(), shop.cashierId(), 1, "FLOAT", 0, null)),
                RejectCodes.INVALID_PAYLOAD);
    }

    @Test
    void theServerKeepsEveryZAndRefusesASecondForTheSameTillAndDay() {
        Shop shop = newShop();
        PushEntry first = z(shop.deviceId(), shop.cashierId(), 1, "2026-01-04", 12_000, null);
        EntryResult applied = push(shop.cashier(), shop, first);
        assertThat(applied.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(applied.applied().serverNumber()).isEqualTo(1);
        assertThat(push(shop.cashier(), shop, first)).as("a replay answers the stored result").isEqualTo(applied);
        assertRejected(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 2, "2026-01-04", 12_000, null)),
                RejectCodes.DAY_ALREADY_CLOSED);
        assertRejected(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 1, "2026-01-05", 12_000, null)),
                RejectCodes.DAY_ALREADY_CLOSED);
        assertThat(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 2, "2026-01-05", 12_000, null)).outcome())
                .isEqualTo(Outcome.APPLIED);
        assertThat(server.database().dsl().fetchCount(Z_REPORT, Z_REPORT.DEVICE_ID.eq(shop.deviceId()))).isEqualTo(2);
    }

    @Test
    void aZDatedAfterTheServersDateIsRefused() {
        Shop shop = newShop();
        assertRejected(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 1, "2026-01-07", 12_000, null)),
                RejectCodes.BUSINESS_DATE_AHEAD);
        assertThat(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 1, "2026-01-06", 12_000, null)).outcome())
                .as("UTC+14 is a day ahead of UTC").isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aCountWhoseArithmeticIsWrongIsRefused() {
        Shop shop = newShop();
        PushEntry e = z(shop.deviceId(), shop.cashierId(), 1, "2026-01-04", 12_000, null);
        e.payload().getAsJsonObject("count").addProperty("variance", 5);
        assertRejected(push(shop.cashier(), shop, e), RejectCodes.INVALID_PAYLOAD);
    }

    @Test
    void aVarianceOverTheLimitNeedsASupervisorsSignedApproval() {
        Shop shop = newShop();
        assertRejected(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 1, "2026-01-04", 11_000, null)),
                RejectCodes.VARIANCE_NEEDS_APPROVAL);
        PushEntry named = z(shop.deviceId(), shop.cashierId(), 1, "2026-01-04", 11_000, shop.supervisorId());
        assertRejected(push(shop.cashier(), shop, named), RejectCodes.FORBIDDEN_ACTOR);
        PushEntry selfApproved = z(shop.deviceId(), shop.cashierId(), 1, "2026-01-04", 11_000, shop.cashierId());
        assertRejected(push(shop.cashier(), shop, selfApproved), RejectCodes.FORBIDDEN_ROLE);
        PushEntry signed = signed(named, shop.supervisor());
        EntryResult r = push(shop.cashier(), shop, signed);
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.APPLIED);
        assertThat(server.database().dsl().select(Z_REPORT.VARIANCE_APPROVED_BY, Z_REPORT.USER_ID).from(Z_REPORT)
                .where(Z_REPORT.ID.eq(named.entityId())).fetchOne().intoList()).containsExactly(shop.supervisorId(), shop.cashierId());
    }

    @Test
    void aSmallVarianceNeedsNoApproval() {
        Shop shop = newShop();
        assertThat(push(shop.cashier(), shop, z(shop.deviceId(), shop.cashierId(), 1, "2026-01-04", 11_500, null)).outcome())
                .isEqualTo(Outcome.APPLIED);
    }

    private static PushEntry signed(PushEntry e, TokenResponse supervisor) {
        var key = new shopdesk.dal.auth.ApprovalKey(supervisor.user().id(), supervisor.approvalKey().keyId(),
                ApprovalProof.privateKey(java.util.Base64.getDecoder().decode(supervisor.approvalKey().privateKey())),
                supervisor.approvalKey().expiresAt());
        var payload = ApprovalProof.attach(e.payload(), ApprovalProof.sign(key, e.action(), e.entityId(), e.payload()));
        // a new request id: the unsigned entry's id is bound to its body (REQUEST_ID_REUSED otherwise)
        return new PushEntry(shopdesk.dal.common.Ids.newId(), e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(), e.action(),
                e.payloadVersion(), payload, e.baseVersion(), e.userId(), e.createdAt());
    }
}
