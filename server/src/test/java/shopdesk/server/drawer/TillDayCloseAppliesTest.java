package shopdesk.server.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.CASH_MOVEMENT;
import static shopdesk.db.Tables.Z_REPORT;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.auth.ApprovalKey;
import shopdesk.dal.auth.ApprovalProof;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.auth.UnlockedApprovals;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.InMemoryChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.dayclose.CountInput;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.product.ProductDraft;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.Role;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.ServerApp;
import shopdesk.server.ServerConfig;
import shopdesk.server.testing.Api;

/**
 * End to end: a cashier's evening recorded by the till's own services (float, a paid-out, a cash sale, a Z counted
 * 20.00 short and approved by a supervisor whose key the till's ApprovalSigner holds) is pushed under the cashier's
 * login, and the server keeps the drawer documents and the Z as the till made them.
 */
class TillDayCloseAppliesTest {
    @TempDir Path dir;
    private ServerApp server;
    private Database till;

    @BeforeEach
    void start() {
        server = ServerApp.start(ServerConfig.forH2(dir.resolve("cloud")).withPasswordIterations(1000));
        till = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir);
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        TestDatabases.close(till);
    }

    @Test
    void aCashiersDayWithASupervisorApprovedShortCountAppliesOnTheServer() {
        var admin = server.admin();
        String shop = admin.createShop("Corner Shop");
        String device = admin.createDevice(shop, "T1", "Till 1");
        String cashierId = admin.createUser(shop, "cara", "Cara", "pw123456", Role.CASHIER);
        String supervisorId = admin.createUser(shop, "sam", "Sam", "pw123456", Role.SUPERVISOR);
        new ShopSetup(till, Clock.systemUTC()).ensureShop(shop, "Corner Shop");
        new ShopSetup(till, Clock.systemUTC()).ensureDevice(shop, device, "T1", "Till 1");
        Api api = new Api(server.baseUrl());
        TokenResponse cara = api.loginOk("cara", "pw123456", "T1");
        TokenResponse sam = api.loginOk("sam", "pw123456", "T1");
        // the supervisor's own row on the till, as their login leaves it, so the till can check the approver
        shopdesk.dal.user.UserService users = new shopdesk.dal.user.UserService(till, Clock.systemUTC(),
                new shopdesk.dal.user.PasswordHasher(1000));
        users.cacheFromServer(supervisorId, shop, "sam", "Sam", Role.SUPERVISOR,
                new shopdesk.dal.user.PasswordHasher(1000).hash("pw123456".toCharArray()));

        InMemoryChangeRecorder recorder = new InMemoryChangeRecorder();
        till.addTransactionListener(recorder.listener());
        Clock clock = Clock.systemUTC();
        Actor admin2 = new Actor(supervisorId, Role.SUPERVISOR, shop, device);
        var tea = new ProductService(till, recorder, clock).create(admin2, new ProductDraft("TEA", null, "Tea", 10_000, 500, 0));
        new StockService(till, recorder, clock).receive(admin2, tea.id(), 10, "delivery");
        Actor cashier = new Actor(cashierId, Role.CASHIER, shop, device);
        CashDrawerService drawer = new CashDrawerService(till, recorder, clock, DrawerSettings.DEFAULT);
        DayCloseService days = new DayCloseService(till, recorder, clock, ZoneOffset.UTC, DrawerSettings.DEFAULT);
        drawer.openFloat(cashier, 200_000);
        drawer.cashOut(cashier, 15_000, "milk for the office");
        new BillService(till, recorder, clock).create(cashier, new BillDraft(null, List.of(new BillDraft.Line(tea.id(), 2)),
                List.of(BillDraft.PaymentDraft.cash(21_000, 25_000)), null));
        var z = days.closeDay(cashier, CountInput.ofTotal(204_000), supervisorId);

        UnlockedApprovals unlocked = new UnlockedApprovals();
        unlocked.unlock(new ApprovalKey(supervisorId, sam.approvalKey().keyId(),
                ApprovalProof.privateKey(Base64.getDecoder().decode(sam.approvalKey().privateKey())), sam.approvalKey().expiresAt()));
        ApprovalSigner signer = new ApprovalSigner(unlocked);
        List<PushEntry> entries = recorder.changes().stream().map(c -> entry(signer.sign(c, clock.millis()))).toList();
        List<EntryResult> results = api.pushOk(cara.accessToken(), device, entries.toArray(PushEntry[]::new)).results();

        assertThat(results).as(results.toString()).extracting(EntryResult::outcome).containsOnly(Outcome.APPLIED);
        var dsl = server.database().dsl();
        assertThat(dsl.fetchCount(CASH_MOVEMENT, CASH_MOVEMENT.DEVICE_ID.eq(device))).isEqualTo(2);
        var row = dsl.selectFrom(Z_REPORT).where(Z_REPORT.ID.eq(z.id())).fetchOne();
        assertThat(row.getZNumber()).isEqualTo(1);
        assertThat(row.getUserId()).isEqualTo(cashierId);
        assertThat(row.getExpectedCash()).isEqualTo(206_000);
        assertThat(row.getVariance()).isEqualTo(-2_000);
        assertThat(row.getVarianceApprovedBy()).isEqualTo(supervisorId);
        assertThat(row.getBusinessDate()).isEqualTo(z.businessDate());
    }

    private static PushEntry entry(Change c) {
        return new PushEntry(Ids.newId(), c.streamKey(), 1, c.entityType(), c.entityId(), c.action(), c.payloadVersion(),
                JsonParser.parseString(c.payloadJson()).getAsJsonObject(), c.baseVersion(), c.userId(), System.currentTimeMillis());
    }
}
