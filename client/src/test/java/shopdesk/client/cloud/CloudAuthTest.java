package shopdesk.client.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.gui.DemoCloud;
import shopdesk.client.local.LocalAuth;
import shopdesk.dal.auth.ApprovalKeyring;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.shop.ShopSetup;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.UserService;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;

/** Login against a real server over HTTP, then offline against the hash it cached. No windows. */
class CloudAuthTest {
    @TempDir
    Path dir;
    DemoCloud cloud;
    Database db;
    Outbox outbox;
    CloudAuth auth;

    @BeforeEach
    void setUp() {
        cloud = new DemoCloud(dir.resolve("cloud"));
        db = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir.resolve("till"));
        new ShopSetup(db, Clock.systemUTC()).ensureShop(cloud.shopId, "Corner Shop");
        new ShopSetup(db, Clock.systemUTC()).ensureDevice(cloud.shopId, cloud.deviceId, "T2", "Till 2");
        outbox = Outbox.create(db, OutboxConfig.defaults(cloud.url(), cloud.shopId, cloud.deviceId), Clock.systemUTC());
        UserService users = new UserService(db, Clock.systemUTC(), new PasswordHasher(1000));
        auth = new CloudAuth(outbox.cloud(), users, new LocalAuth(users, cloud.deviceId), cloud.deviceId);
    }

    @AfterEach
    void tearDown() {
        outbox.close();
        cloud.close();
        TestDatabases.close(db);
    }

    @Test
    void anOnlineLoginIsCachedSoTheSamePersonCanLogInWhenTheCloudIsDown() {
        var online = auth.login("ravi", "ravi123".toCharArray());
        assertThat(online.online()).isTrue();
        assertThat(online.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(online.shopId()).isEqualTo(cloud.shopId);
        assertThatThrownBy(() -> auth.login("ravi", "wrong".toCharArray())).isInstanceOf(AuthenticationException.class);

        cloud.close();
        var offline = auth.login("ravi", "ravi123".toCharArray());
        assertThat(offline.online()).isFalse();
        assertThat(offline.userId()).isEqualTo(online.userId());
        assertThatThrownBy(() -> auth.login("ravi", "wrong".toCharArray())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> auth.login("asha", "asha123".toCharArray()))
                .hasMessageContaining("asha has not logged in on this till before");
    }

    @Test
    void theShopsDiscountLimitComesWithAnOnlineLoginAndStaysForOfflineAndARestart() {
        cloud.server.admin().setDiscountLimit(cloud.shopId, 25);
        UserService users = new UserService(db, Clock.systemUTC(), new PasswordHasher(1000));
        ShopSaleTerms terms = new ShopSaleTerms(db, cloud.shopId, new SaleRules(CashRounding.NONE, 1_000));
        assertThat(terms.get().cashierDiscountLimitBp()).as("the till's configured limit before any login").isEqualTo(1_000);
        CloudAuth withTerms = new CloudAuth(outbox.cloud(), users, new LocalAuth(users, cloud.deviceId), cloud.deviceId, null, terms);

        withTerms.login("asha", "asha123".toCharArray());
        assertThat(terms.get().cashierDiscountLimitBp()).isEqualTo(2_500);
        BillService bills = new BillService(db, outbox.recorder(), Clock.systemUTC(), terms);
        assertThat(bills.rules().needsApproval(2_000)).as("a 20% cut is the cashier's own now").isFalse();
        assertThat(bills.rules().needsApproval(2_600)).isTrue();

        cloud.close();
        ShopSaleTerms restarted = new ShopSaleTerms(db, cloud.shopId, new SaleRules(CashRounding.NONE, 1_000));
        assertThat(restarted.get().cashierDiscountLimitBp()).as("kept in the till's database").isEqualTo(2_500);
    }

    @Test
    void aSupervisorsApprovalGivenWithTheCachedLoginReachesTheCloudWithProofUnderTheCashiersLogin() {
        UserService users = new UserService(db, Clock.systemUTC(), new PasswordHasher(1000));
        ApprovalKeyring keyring = new ApprovalKeyring(db, outbox.approvals());
        CloudAuth withKeys = new CloudAuth(outbox.cloud(), users, new LocalAuth(users, cloud.deviceId), cloud.deviceId, keyring);
        var ravi = withKeys.login("ravi", "ravi123".toCharArray()); // online once: the key is sealed into the till
        var asha = withKeys.login("asha", "asha123".toCharArray()); // the till now syncs as the cashier
        outbox.pullNow();
        outbox.approvals().forget(ravi.userId()); // as after a restart: nothing unlocked in memory
        // offline, ravi's cached login opens the sealed key with his password (what CloudAuth's offline path does)
        assertThat(keyring.unlock(ravi.userId(), "wrong".toCharArray(), System.currentTimeMillis())).isFalse();
        assertThat(keyring.unlock(ravi.userId(), "ravi123".toCharArray(), System.currentTimeMillis())).isTrue();
        String tea = cloud.productIds.get("TEA-250");
        Bill bill = new BillService(db, outbox.recorder(), Clock.systemUTC()).create(asha.actor(), new BillDraft(null,
                List.of(new BillDraft.Line(tea, 12)), List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, 12 * 12_600)),
                ravi.userId()));

        outbox.pushOnce();

        var serverBill = cloud.server.database().dsl().selectFrom(shopdesk.db.Tables.BILL)
                .where(shopdesk.db.Tables.BILL.ID.eq(bill.id())).fetchOne();
        assertThat(serverBill).as("the override bill reached the cloud").isNotNull();
        assertThat(serverBill.getOverrideUserId()).isEqualTo(ravi.userId());
        assertThat(cloud.server.admin().stockLevel(cloud.shopId, tea)).isEqualTo(-2);
    }

    @Test
    void aUserLogsInOfflineWhateverTheCaseTheyTypedOnline() {
        assertThat(auth.login("RaVi", "ravi123".toCharArray()).online()).isTrue();
        cloud.close();
        var offline = auth.login("RAVI", "ravi123".toCharArray());
        assertThat(offline.online()).isFalse();
        assertThat(offline.username()).isEqualTo("ravi");
    }

    @Test
    void aLoginTheCloudThrottlesIsRefusedRatherThanCheckedAgainstTheCachedHash() {
        auth.login("asha", "asha123".toCharArray());
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> auth.login("asha", "guess".toCharArray())).isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> auth.login("asha", "asha123".toCharArray())).hasMessageContaining("Too many failed logins");
    }
}
