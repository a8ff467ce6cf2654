package shopdesk.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shopdesk.dal.auth.Endpoint;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.common.Ids;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.TokenResponse;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.Entries.Line;
import shopdesk.server.testing.ServerTestBase;

/**
 * Generated from {@link RoleMatrix} itself: every pushed action, the stock override and every endpoint, by a
 * login of every role, over real HTTP. What the matrix allows applies; what it refuses is REJECTED FORBIDDEN_ROLE
 * (403 for an endpoint) and leaves the shop as it was. A new action without a probe here does not compile.
 */
public abstract class AbstractRoleMatrixTest extends ServerTestBase {

    static Stream<Arguments> everyActionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (ChangeAction a : ChangeAction.values()) for (Role r : Role.values()) all.add(Arguments.of(a, r));
        return all.stream();
    }

    static Stream<Arguments> everyEndpointAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint e : Endpoint.values()) for (Role r : Role.values()) all.add(Arguments.of(e, r));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} pushed by a {1}")
    @MethodSource("everyActionAndRole")
    void theServerAppliesAnActionExactlyForTheRolesTheMatrixAllows(ChangeAction action, Role role) {
        Shop shop = newShop();
        TokenResponse login = loginAs(shop, role);
        PushEntry entry = entryFor(action, shop, login.user().id());
        ShopState before = ShopState.of(server.database().dsl(), shop.id());

        EntryResult r = api.pushOk(login.accessToken(), shop.deviceId(), entry).results().get(0);

        if (RoleMatrix.allows(role, action)) {
            assertThat(r.outcome()).as("%s by a %s: %s", action, role, r).isEqualTo(Outcome.APPLIED);
        } else {
            assertThat(r.outcome()).as("%s by a %s", action, role).isEqualTo(Outcome.REJECTED);
            assertThat(r.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ROLE);
            assertThat(ShopState.of(server.database().dsl(), shop.id())).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "a stock override pushed by a {0}")
    @MethodSource("shopdesk.server.authz.AbstractRoleMatrixTest#roles")
    void aStockOverrideAppliesExactlyForTheRolesTheMatrixAllows(Role role) {
        Shop shop = newShop();
        TokenResponse login = loginAs(shop, role);
        String p = product(shop, "SHORT", 1_000, 0, 1);
        String self = login.user().id();
        PushEntry bill = Entries.createBill(Entries.bill(shop.deviceId(), self, 1, self, new Line(p, 3, 1_000, 0)));
        ShopState before = ShopState.of(server.database().dsl(), shop.id());

        EntryResult r = api.pushOk(login.accessToken(), shop.deviceId(), bill).results().get(0);

        if (RoleMatrix.allows(role, Resolution.STOCK_OVERRIDE)) {
            assertThat(r.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(admin.stockLevel(shop.id(), p)).isEqualTo(-2);
        } else {
            assertThat(r.rejected().code()).isEqualTo(RejectCodes.FORBIDDEN_ROLE);
            assertThat(ShopState.of(server.database().dsl(), shop.id())).isEqualTo(before);
        }
    }

    static Stream<Role> roles() {
        return Stream.of(Role.values());
    }

    @ParameterizedTest(name = "{0} called by a {1}")
    @MethodSource("everyEndpointAndRole")
    void everyEndpointAnswersExactlyTheRolesTheMatrixAllows(Endpoint endpoint, Role role) {
        Shop shop = newShop();
        TokenResponse login = loginAs(shop, role);
        Api.Response r = call(endpoint, shop, login);
        boolean allowed = RoleMatrix.allows(role, endpoint);
        assertThat(r.status()).as("%s by a %s: %s", endpoint, role, r.body()).isBetween(allowed ? 200 : 403, allowed ? 299 : 403);
    }

    private Api.Response call(Endpoint endpoint, Shop shop, TokenResponse login) {
        return switch (endpoint) {
            case HEALTH -> api.get("/health", null);
            case LOGIN -> api.login(login.user().username(), PASSWORD, shop.deviceId());
            case REFRESH -> api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + login.refreshToken() + "\"}");
            case LOGOUT -> api.post("/api/v1/auth/logout", null, "{\"refreshToken\":\"" + login.refreshToken() + "\"}");
            case PUSH -> api.push(login.accessToken(), shop.deviceId(), Entries.createCustomer(Ids.newId(), "Asha", "98450"));
            case PULL -> api.get("/api/v1/sync/pull?since=0&limit=10", login.accessToken());
        };
    }

    protected TokenResponse loginAs(Shop shop, Role role) {
        return switch (role) {
            case CASHIER -> shop.cashier();
            case SUPERVISOR -> shop.supervisor();
            case ADMIN -> {
                String name = "admin-" + Ids.newId().substring(24);
                admin.createUser(shop.id(), name, "Ada", PASSWORD, Role.ADMIN);
                yield api.loginOk(name, PASSWORD, shop.deviceId());
            }
        };
    }

    /** A valid entry of the action, acting as {@code userId}; what it needs first is set up by a cashier's push. */
    private PushEntry entryFor(ChangeAction action, Shop shop, String userId) {
        String p = product(shop, "P-" + Ids.newId().substring(24), 1_000, 0, 10);
        return switch (action) {
            case CREATE_PRODUCT -> Entries.createProduct(Ids.newId(), "NEW-" + Ids.newId().substring(24), "New", 500, 0);
            case UPDATE_PRODUCT -> Entries.updateProduct(p, "REN-" + Ids.newId().substring(24), "Renamed", 900, 0, 1);
            case DELETE_PRODUCT -> Entries.entry("DELETE_PRODUCT", "product", p,
                    new ProductPayload(p, "DEL-" + p.substring(24), null, "Gone", 1_000, 0, 0, 2, true), 1L);
            case RECEIVE_STOCK -> Entries.receive(p, 5);
            case ADJUST_STOCK -> Entries.adjust(p, -1);
            case CREATE_CUSTOMER -> Entries.createCustomer(Ids.newId(), "Asha", "98450");
            case UPDATE_CUSTOMER -> {
                String c = Ids.newId();
                api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createCustomer(c, "Asha", "98450"));
                yield Entries.updateCustomer(c, "Asha K", "98451", 1);
            }
            case CREATE_BILL -> Entries.createBill(Entries.bill(shop.deviceId(), userId, 1, null, new Line(p, 2, 1_000, 0)));
            case VOID_BILL -> {
                var bill = Entries.bill(shop.deviceId(), shop.cashierId(), 1, null, new Line(p, 2, 1_000, 0));
                api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(bill));
                yield Entries.voidBill(bill.id(), "rang up twice", userId);
            }
            case CASH_MOVEMENT -> Entries.cashMovement(shop.deviceId(), userId, 1, "CASH_OUT", 500, "stamps");
            case CLOSE_DAY -> Entries.zReport(shop.deviceId(), userId, 1, "2026-01-04", 12_000, null);
            case RECORD_AUDIT -> Entries.auditRecord(shop.deviceId(), userId, "sync.discard", "duplicate entry");
            case CREATE_RETURN -> {
                var bill = Entries.bill(shop.deviceId(), shop.cashierId(), 2, null, new Line(p, 2, 1_000, 0));
                api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(bill));
                yield shopdesk.server.returns.AbstractReturnPushTest.returnOf(bill.id(), shop.deviceId(), userId, 1, null, null,
                        shopdesk.server.returns.AbstractReturnPushTest.item(1, 1, p, 1, true, 1_000, 0));
            }
            case ISSUE_STORE_CREDIT -> {
                var bill = Entries.bill(shop.deviceId(), shop.cashierId(), 3, null, new Line(p, 2, 1_000, 0));
                api.pushOk(shop.cashier().accessToken(), shop.deviceId(), Entries.createBill(bill));
                PushEntry ret = shopdesk.server.returns.AbstractReturnPushTest.returnOf(bill.id(), shop.deviceId(),
                        shop.cashierId(), 9, null, null, shopdesk.server.returns.AbstractReturnPushTest.item(1, 1, p, 1, true, 1_000, 0));
                api.pushOk(shop.cashier().accessToken(), shop.deviceId(), ret);
                yield shopdesk.server.returns.AbstractReturnPushTest.storeCredit(ret.entityId(), shop.deviceId(), userId, 1, 500);
            }
        };
    }
}
