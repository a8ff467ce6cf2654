package shopdesk.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.APPROVAL_KEY;
import static shopdesk.db.Tables.BILL;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import shopdesk.dal.auth.Approval;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.auth.UnlockedApprovals;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Ids;
import shopdesk.dal.user.Role;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.TokenResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/**
 * A cashier's token used outside the till: every user, till or approver the entry names that the token does not
 * allow is refused FORBIDDEN_ACTOR and nothing is stored; a supervisor's signed approval, made offline with the
 * key cached at their last online login, goes through under the cashier's login.
 */
public abstract class AbstractForgeryTest extends ServerTestBase {

    private EntryResult push(TokenResponse login, Shop shop, PushEntry e) {
        return api.pushOk(login.accessToken(), shop.deviceId(), e).results().get(0);
    }

    private void assertRefusedUnchanged(Shop shop, TokenResponse login, PushEntry e, String code) {
        ShopState before = ShopState.of(server.database().dsl(), shop.id());
        EntryResult r = push(login, shop, e);
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).as(r.rejected().message()).isEqualTo(code);
        assertThat(ShopState.of(server.database().dsl(), shop.id())).isEqualTo(before);
    }

    private BillPayload sale(Shop shop, String product, long qty, String overrideUserId) {
        return Entries.bill(shop.deviceId(), shop.cashierId(), 1, overrideUserId, new Line(product, qty, 1_000, 0));
    }

    @Test
    void aBillOfAnotherTillIsRefusedAndThatTillCanStillSell() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        String t2 = admin.createDevice(shop.id(), "T2", "Till 2");
        BillPayload forged = Entries.bill(t2, shop.cashierId(), Long.MAX_VALUE, null, new Line(p, 1, 1_000, 0));
        assertRefusedUnchanged(shop, shop.cashier(), Entries.createBill(forged), RejectCodes.FORBIDDEN_ACTOR);
        TokenResponse onT2 = api.loginOk(shop.cashierName(), PASSWORD, t2);
        BillPayload own = Entries.bill(t2, shop.cashierId(), 1, null, new Line(p, 1, 1_000, 0));
        assertThat(api.pushOk(onT2.accessToken(), t2, Entries.createBill(own)).results().get(0).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aBillRungUpInTheNameOfSomeoneWhoNeverLoggedInOnThisTillIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        String stranger = admin.createUser(shop.id(), "stranger-" + Ids.newId().substring(24), "S", PASSWORD, Role.CASHIER);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.createBill(
                Entries.bill(shop.deviceId(), stranger, 1, null, new Line(p, 1, 1_000, 0))), RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aBillInTheNameOfAnotherShopsUserIsRefused() {
        Shop shop = newShop();
        Shop other = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.createBill(
                Entries.bill(shop.deviceId(), other.cashierId(), 1, null, new Line(p, 1, 1_000, 0))), RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anEntrySignedInTheNameOfAStrangerIsRefused() {
        Shop shop = newShop();
        String stranger = admin.createUser(shop.id(), "stranger-" + Ids.newId().substring(24), "S", PASSWORD, Role.ADMIN);
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withUser(Entries.createCustomer(Ids.newId(), "A", "1"), stranger),
                RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aCashierCannotVoidABillInASupervisorsName() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        BillPayload bill = sale(shop, p, 2, null);
        push(shop.cashier(), shop, Entries.createBill(bill));
        assertRefusedUnchanged(shop, shop.cashier(), Entries.voidBill(bill.id(), "keeping the cash", shop.supervisorId()),
                RejectCodes.FORBIDDEN_ACTOR);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.voidBill(bill.id(), "keeping the cash", null), RejectCodes.FORBIDDEN_ROLE);
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withUser(Entries.voidBill(bill.id(), "keeping the cash", null),
                shop.supervisorId()), RejectCodes.FORBIDDEN_ROLE);
    }

    @Test
    void aCashierCannotChangePricesDeleteProductsOrAdjustStock() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.updateProduct(p, "TEA", "Tea", 1, 0, 1), RejectCodes.FORBIDDEN_ROLE);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.adjust(p, -10), RejectCodes.FORBIDDEN_ROLE);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.adjust(p, 1_000), RejectCodes.FORBIDDEN_ROLE);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(10);
    }

    @Test
    void anOverrideNamingASupervisorWithoutTheirApprovalIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        assertRefusedUnchanged(shop, shop.cashier(), Entries.createBill(sale(shop, p, 3, shop.supervisorId())),
                RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anOverrideApprovedOfflineBySupervisorGoesThroughUnderTheCashiersLogin() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        // the supervisor's tokens are gone (logged out); the key cached with their login still signs
        api.post("/api/v1/auth/logout", null, "{\"refreshToken\":\"" + shop.supervisor().refreshToken() + "\"}");
        BillPayload b = sale(shop, p, 3, shop.supervisorId());
        EntryResult r = push(shop.cashier(), shop, Approvals.signed(Entries.createBill(b), shop.supervisor()));
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.APPLIED);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(-2);
        assertThat(server.database().dsl().select(BILL.OVERRIDE_USER_ID).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(0))
                .isEqualTo(shop.supervisorId());
    }

    @Test
    void anOverrideSignedByTheTillsOwnSignerGoesThrough() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        UnlockedApprovals unlocked = new UnlockedApprovals();
        unlocked.unlock(Approvals.keyOf(shop.supervisor()));
        BillPayload b = sale(shop, p, 3, shop.supervisorId());
        Change recorded = new Change("bill:" + b.id(), "bill", b.id(), "CREATE_BILL", Payloads.toJson(b), Payloads.VERSION, null,
                shop.cashierId(), java.util.List.of());
        Change signed = new ApprovalSigner(unlocked).sign(recorded, clock.millis());
        PushEntry e = new PushEntry(Ids.newId(), signed.streamKey(), 1, "bill", b.id(), "CREATE_BILL", Payloads.VERSION,
                JsonParser.parseString(signed.payloadJson()).getAsJsonObject(), null, shop.cashierId(), 0);
        assertThat(push(shop.cashier(), shop, e).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(-2);
    }

    @Test
    void aVoidApprovedBySupervisorGoesThroughUnderTheCashiersLogin() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        BillPayload bill = sale(shop, p, 2, null);
        push(shop.cashier(), shop, Entries.createBill(bill));
        PushEntry v = Approvals.withUser(Entries.voidBill(bill.id(), "customer returned it", shop.supervisorId()), shop.supervisorId());
        EntryResult r = push(shop.cashier(), shop, Approvals.signed(v, shop.supervisor()));
        assertThat(r.outcome()).as(String.valueOf(r)).isEqualTo(Outcome.APPLIED);
        assertThat(server.database().dsl().select(BILL.VOIDED_BY).from(BILL).where(BILL.ID.eq(bill.id())).fetchOne(0))
                .isEqualTo(shop.supervisorId());
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(10);
    }

    @Test
    void anApprovalDoesNotSurviveAChangeOfTheEntry() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry signed = Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())), shop.supervisor());
        JsonObject more = signed.payload().deepCopy();
        more.getAsJsonArray("items").get(0).getAsJsonObject().addProperty("quantity", 50);
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withPayload(signed, more), RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anApprovalCopiedOntoAnotherBillIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry signed = Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())), shop.supervisor());
        PushEntry other = Entries.createBill(sale(shop, p, 2, shop.supervisorId()));
        JsonObject copied = other.payload().deepCopy();
        copied.add("approval", signed.payload().get("approval"));
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withPayload(other, copied), RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aForgedSignatureIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        String keyId = shop.supervisor().approvalKey().keyId();
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withApproval(Entries.createBill(sale(shop, p, 2, shop.supervisorId())),
                new Approval(shop.supervisorId(), keyId, java.util.Base64.getEncoder().encodeToString(new byte[64]))),
                RejectCodes.FORBIDDEN_ACTOR);
        PushEntry e = Entries.createBill(sale(shop, p, 2, shop.supervisorId()));
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withApproval(e, new Approval(shop.supervisorId(), Ids.newId(),
                "AAAA")), RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anApprovalClaimedForAnotherUserThanTheKeysIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        String boss = admin.createUser(shop.id(), "boss-" + Ids.newId().substring(24), "B", PASSWORD, Role.ADMIN);
        PushEntry e = Approvals.signed(Entries.createBill(sale(shop, p, 2, boss)), shop.supervisor());
        JsonObject a = e.payload().getAsJsonObject("approval");
        a.addProperty("userId", boss);
        assertRefusedUnchanged(shop, shop.cashier(), e, RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aMalformedApprovalIsAnInvalidPayload() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry e = Entries.createBill(sale(shop, p, 2, shop.supervisorId()));
        JsonObject bad = e.payload().deepCopy();
        bad.addProperty("approval", "trust me");
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.withPayload(e, bad), RejectCodes.INVALID_PAYLOAD);
    }

    @Test
    void anApprovalKeyOfAnotherTillIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        String t2 = admin.createDevice(shop.id(), "T2", "Till 2");
        TokenResponse supervisorOnT2 = api.loginOk(shop.supervisorName(), PASSWORD, t2);
        assertRefusedUnchanged(shop, shop.cashier(), Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())),
                supervisorOnT2), RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aStolenApprovalKeyIsUselessInAnotherShop() {
        Shop shop = newShop();
        Shop thief = newShop();
        String p = product(thief, "CAKE", 1_000, 0, 1);
        BillPayload b = Entries.bill(thief.deviceId(), thief.cashierId(), 1, shop.supervisorId(), new Line(p, 3, 1_000, 0));
        assertRefusedUnchanged(thief, thief.cashier(), Approvals.signed(Entries.createBill(b), shop.supervisor()),
                RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anExpiredApprovalKeyIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry e = Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())), shop.supervisor());
        clock.advance(ApprovalKeys.LIFETIME.plus(Duration.ofMinutes(1)));
        TokenResponse cashier = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());
        assertRefusedUnchanged(shop, cashier, e, RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anApprovalByASupervisorDisabledSinceIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry e = Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())), shop.supervisor());
        admin.disableUser(shop.supervisorId());
        assertRefusedUnchanged(shop, shop.cashier(), e, RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void anApprovalByASupervisorDemotedSinceIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry e = Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())), shop.supervisor());
        admin.changeRole(shop.supervisorId(), Role.CASHIER);
        assertRefusedUnchanged(shop, shop.cashier(), e, RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void aRevokedApprovalKeyIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "CAKE", 1_000, 0, 1);
        PushEntry e = Approvals.signed(Entries.createBill(sale(shop, p, 2, shop.supervisorId())), shop.supervisor());
        assertThat(admin.revokeApprovalKeys(shop.supervisorId())).isEqualTo(1);
        assertRefusedUnchanged(shop, shop.cashier(), e, RejectCodes.FORBIDDEN_ACTOR);
    }

    @Test
    void onlySupervisorsGetAnApprovalKeyAndTheServerKeepsOnlyItsPublicHalf() {
        Shop shop = newShop();
        assertThat(shop.cashier().approvalKey()).isNull();
        TokenResponse.ApprovalKeyGrant g = shop.supervisor().approvalKey();
        assertThat(g).isNotNull();
        String stored = server.database().dsl().select(APPROVAL_KEY.PUBLIC_KEY).from(APPROVAL_KEY)
                .where(APPROVAL_KEY.ID.eq(g.keyId())).fetchOne(APPROVAL_KEY.PUBLIC_KEY);
        assertThat(stored).isNotBlank().isNotEqualTo(g.privateKey());
        assertThat(server.database().dsl().fetchCount(APPROVAL_KEY, APPROVAL_KEY.USER_ID.eq(shop.cashierId()))).isZero();
    }
}
