package shopdesk.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import shopdesk.dal.common.Ids;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Json;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.auth.Principal;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/** Request ids bound to their bodies, and one bad entry that never takes the batch down. */
public abstract class AbstractBatchSafetyTest extends ServerTestBase {

    private static PushEntry withId(PushEntry e, String requestId) {
        return new PushEntry(requestId, e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(), e.action(),
                e.payloadVersion(), e.payload(), e.baseVersion(), e.userId(), e.createdAt());
    }

    private List<EntryResult> push(Shop shop, PushEntry... entries) {
        return api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), entries).results();
    }

    @Test
    void aRequestIdReusedForADifferentBodyIsRefusedAndTheSecondBodyIsNotApplied() {
        Shop shop = newShop();
        String id = Ids.newId();
        PushEntry first = Entries.createProduct(id, "SOAP", "Soap", 2_000, 0);
        assertThat(push(shop, first).get(0).outcome()).isEqualTo(Outcome.APPLIED);
        ShopState before = ShopState.of(server.database().dsl(), shop.id());
        PushEntry second = withId(Entries.createProduct(Ids.newId(), "SHAMPOO", "Shampoo", 9_000, 0), first.requestId());
        EntryResult r = push(shop, second).get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_REUSED);
        assertThat(ShopState.of(server.database().dsl(), shop.id())).isEqualTo(before);
    }

    @Test
    void aRequestIdReusedWithOnlyAnotherPriceIsRefused() {
        Shop shop = newShop();
        String id = Ids.newId();
        PushEntry first = Entries.createProduct(id, "SOAP", "Soap", 2_000, 0);
        push(shop, first);
        PushEntry cheaper = withId(Entries.createProduct(id, "SOAP", "Soap", 1, 0), first.requestId());
        assertThat(push(shop, cheaper).get(0).rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_REUSED);
    }

    @Test
    void theSameBodyAgainGetsTheStoredResultEvenWithItsKeysInAnotherOrder() {
        Shop shop = newShop();
        PushEntry first = Entries.createCustomer(Ids.newId(), "Asha", "98450");
        EntryResult applied = push(shop, first).get(0);
        JsonObject reordered = new JsonObject();
        Map<String, com.google.gson.JsonElement> sorted = new TreeMap<>(java.util.Comparator.reverseOrder());
        first.payload().entrySet().forEach(m -> sorted.put(m.getKey(), m.getValue()));
        sorted.forEach(reordered::add);
        EntryResult again = push(shop, Approvals.withPayload(first, reordered)).get(0);
        assertThat(again).isEqualTo(applied);
    }

    @Test
    void twoBodiesUnderOneRequestIdInOneBatchApplyOnlyTheFirst() {
        Shop shop = newShop();
        PushEntry a = Entries.createCustomer(Ids.newId(), "Asha", "1");
        PushEntry b = withId(Entries.createCustomer(Ids.newId(), "Bala", "2"), a.requestId());
        List<EntryResult> r = push(shop, a, b);
        assertThat(r.get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(r.get(1).rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_REUSED);
    }

    @Test
    void theRequestIdOfARefusedEntryIsStillBoundToItsBody() {
        Shop shop = newShop();
        PushEntry refused = Entries.receive(Ids.newId(), 5); // unknown product
        assertThat(push(shop, refused).get(0).rejected().code()).isEqualTo(RejectCodes.UNKNOWN_PRODUCT);
        String p = product(shop, "TEA", 1_000, 0, 0);
        PushEntry other = withId(Entries.receive(p, 5), refused.requestId());
        assertThat(push(shop, other).get(0).rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_REUSED);
        assertThat(admin.stockLevel(shop.id(), p)).isZero();
    }

    @Test
    void aRequestIdReusedForAnotherActionIsRefused() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        PushEntry receive = Entries.receive(p, 5);
        push(shop, receive);
        PushEntry adjust = withId(Entries.adjust(p, -5), receive.requestId());
        assertThat(push(shop, adjust).get(0).rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_REUSED);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(15);
    }

    @Test
    void anotherShopReusingARequestIdIsRefusedAsTaken() {
        Shop a = newShop();
        Shop b = newShop();
        PushEntry mine = Entries.createCustomer(Ids.newId(), "Asha", "1");
        push(a, mine);
        PushEntry theirs = withId(Entries.createCustomer(Ids.newId(), "Mallory", "2"), mine.requestId());
        assertThat(push(b, theirs).get(0).rejected().code()).isEqualTo(RejectCodes.REQUEST_ID_TAKEN);
    }

    @Test
    void oneEntryThatBreaksTheServerIsRefusedAndTheRestOfTheBatchApplies() {
        Shop shop = newShop();
        String p = product(shop, "TEA", 1_000, 0, 10);
        BillPayload ok1 = Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 1, 1_000, 0));
        BillPayload ok2 = Entries.bill(shop.deviceId(), shop.cashierId(), 3, null, new Line(p, 1, 1_000, 0));
        BillPayload base = Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(p, 1, 1_000, 0));
        // payments that add up past 2^63: summing them used to throw out of the push (500 for the whole batch)
        BillPayload poisoned = new BillPayload(base.id(), base.deviceId(), base.userId(), null, 2, base.localLabel(),
                base.clientCreatedAt(), base.subtotal(), base.taxTotal(), base.total(), base.items(),
                List.of(new BillPayload.Payment(1, "CASH", Long.MAX_VALUE, Long.MAX_VALUE, null),
                        new BillPayload.Payment(2, "CARD", 1_001, 1_001, null)), null, null, BillStatus.COMPLETED);
        Api.Response r = api.push(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(ok1),
                Entries.createBill(poisoned), Entries.createBill(ok2));
        assertThat(r.status()).isEqualTo(200);
        List<EntryResult> results = r.as(PushResponse.class).results();
        assertThat(results.get(0).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(results.get(1).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(results.get(1).rejected().code()).isIn(RejectCodes.INTERNAL, RejectCodes.INVALID_PAYLOAD);
        assertThat(results.get(2).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(8);
        assertThat(admin.lastBillNumber(shop.id())).isEqualTo(2);
    }

    @Test
    void anUnexpectedFailureOfOneEntryIsRejectedInternalWithItsRequestIdAndTheOthersApply() {
        Shop shop = newShop();
        PushEntry a = Entries.createCustomer(Ids.newId(), "Asha", "1");
        PushEntry poison = Entries.createCustomer(Ids.newId(), "Boom", "2");
        PushEntry c = Entries.createCustomer(Ids.newId(), "Chitra", "3");
        List<String> appliedAlone = new ArrayList<>();
        BatchPush flaky = (caller, entries) -> {
            if (entries.stream().anyMatch(e -> e.requestId().equals(poison.requestId()))) {
                throw new IllegalStateException("a bug met this entry");
            }
            entries.forEach(e -> appliedAlone.add(e.requestId()));
            return new PushResponse(entries.stream().map(e -> EntryResult.applied(e.requestId(),
                    new EntryResult.Applied(null, 1L, 0))).toList(), 0);
        };
        Principal caller = new Principal(shop.supervisorId(), shop.supervisorName(), shopdesk.dal.user.Role.SUPERVISOR,
                shop.id(), shop.deviceId(), Ids.newId());
        PushResponse r = new GuardedPush(server.database(), clock, flaky).push(caller, List.of(a, poison, c));
        assertThat(r.results()).extracting(EntryResult::outcome).containsExactly(Outcome.APPLIED, Outcome.REJECTED, Outcome.APPLIED);
        assertThat(r.results().get(1).rejected().code()).isEqualTo(RejectCodes.INTERNAL);
        assertThat(r.results().get(1).rejected().message()).contains(poison.requestId()).doesNotContain("a bug met");
        assertThat(appliedAlone).containsExactly(a.requestId(), c.requestId());
        assertThat(Json.gson().toJson(r)).doesNotContain("IllegalStateException");
    }
}
