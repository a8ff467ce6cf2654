package shopdesk.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.AUDIT_LOG;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import shopdesk.dal.common.Ids;
import shopdesk.dal.user.Role;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/**
 * RECORD_AUDIT over real HTTP: a till's sync resolution lands in the server's audit log with who (the entry's user,
 * held to the login like every other entry), what, why and which till; forged users and tills are refused.
 */
public abstract class AbstractAuditRecordTest extends ServerTestBase {

    private static PushEntry record(String deviceId, String userId, String action, String reason) {
        return Entries.auditRecord(deviceId, userId, action, reason);
    }

    private EntryResult push(TokenResponse login, Shop shop, PushEntry e) {
        return api.pushOk(login.accessToken(), shop.deviceId(), e).results().get(0);
    }

    private int rows(Shop shop) {
        return server.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.SHOP_ID.eq(shop.id()).and(AUDIT_LOG.ACTION.startsWith("sync.")));
    }

    @Test
    void aSupervisorsResolutionPushedUnderTheCashiersLoginIsStoredOnceWithWhoWhatWhy() {
        Shop shop = newShop();
        PushEntry e = record(shop.deviceId(), shop.supervisorId(), "sync.void-bill-and-restore", "customer left");
        assertThat(push(shop.cashier(), shop, e).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(push(shop.cashier(), shop, e).outcome()).as("sent again after a lost answer").isNotEqualTo(Outcome.REJECTED);
        assertThat(rows(shop)).isEqualTo(1);
        var row = server.database().dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SHOP_ID.eq(shop.id()))
                .and(AUDIT_LOG.ACTION.eq("sync.void-bill-and-restore")).fetchOne();
        assertThat(row.getUserId()).isEqualTo(shop.supervisorId());
        assertThat(row.getReason()).isEqualTo("customer left");
        assertThat(row.getEntityType()).isEqualTo("bill");
        assertThat(row.getEntityId()).isEqualTo("b-1");
        assertThat(row.getAt()).as("the server's time, not the till's").isNotEqualTo(1L);
        var details = JsonParser.parseString(row.getDetails()).getAsJsonObject();
        assertThat(details.get("deviceId").getAsString()).isEqualTo(shop.deviceId());
        assertThat(details.get("pushedBy").getAsString()).isEqualTo(shop.cashierId());
        assertThat(details.get("details").getAsString()).contains("void bill b-1");
    }

    @Test
    void aRecordInTheNameOfSomeoneWhoNeverLoggedInOnThisTillIsRefused() {
        Shop shop = newShop();
        String stranger = admin.createUser(shop.id(), "stranger-" + Ids.newId().substring(24), "S", PASSWORD, Role.SUPERVISOR);
        EntryResult r = push(shop.cashier(), shop, record(shop.deviceId(), stranger, "sync.discard", "not me"));
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ACTOR);
        assertThat(rows(shop)).isZero();
    }

    @Test
    void aRecordOfAnotherTillOrWithAnActionThatIsNotASyncDecisionIsRefused() {
        Shop shop = newShop();
        String t2 = admin.createDevice(shop.id(), "T2", "Till 2");
        EntryResult other = push(shop.cashier(), shop, record(t2, shop.cashierId(), "sync.discard", "x"));
        assertThat(other.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ACTOR);
        EntryResult notSync = push(shop.cashier(), shop, record(shop.deviceId(), shop.cashierId(), "bill.void", "x"));
        assertThat(notSync.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(notSync.rejected().message()).contains("payload.action");
        assertThat(rows(shop)).isZero();
        assertThat(server.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.SHOP_ID.eq(shop.id()).and(AUDIT_LOG.ACTION.eq("bill.void"))))
                .isZero();
    }
}
