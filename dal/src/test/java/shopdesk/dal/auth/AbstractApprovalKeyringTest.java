package shopdesk.dal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.TILL_APPROVAL_KEY;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Ids;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestDatabases;

/** The till's sealed approval keys and the signing of the changes a supervisor approves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractApprovalKeyringTest {
    private static final long NOW = 1_700_000_000_000L;
    @TempDir
    static Path dir;
    private Database db;

    protected abstract Dialect dialect();

    @BeforeAll
    void open() {
        db = TestDatabases.open(dialect(), SchemaContext.TILL, dir);
    }

    @AfterAll
    void close() {
        TestDatabases.close(db);
    }

    private record Issued(String userId, String keyId, KeyPair pair) {
    }

    private Issued keep(ApprovalKeyring ring, String password, long expiresAt) {
        KeyPair pair = ApprovalProof.newKeyPair();
        Issued i = new Issued(Ids.newId(), Ids.newId(), pair);
        ring.keep(i.userId(), i.keyId(), ApprovalProof.encode(pair.getPrivate()), expiresAt, password.toCharArray(), NOW);
        return i;
    }

    @Test
    void aKeptKeyOpensOnlyWithItsOwnersPasswordAndIsNotStoredInTheClear() {
        Issued i = keep(new ApprovalKeyring(db, new UnlockedApprovals()), "right-pw", NOW + 1_000_000);
        UnlockedApprovals fresh = new UnlockedApprovals();
        ApprovalKeyring afterRestart = new ApprovalKeyring(db, fresh);
        assertThat(afterRestart.unlock(i.userId(), "wrong-pw".toCharArray(), NOW)).isFalse();
        assertThat(fresh.find(i.userId(), NOW)).isNull();
        assertThat(afterRestart.unlock(i.userId(), "right-pw".toCharArray(), NOW)).isTrue();
        assertThat(fresh.find(i.userId(), NOW).keyId()).isEqualTo(i.keyId());
        String sealed = db.dsl().select(TILL_APPROVAL_KEY.SEALED_KEY).from(TILL_APPROVAL_KEY)
                .where(TILL_APPROVAL_KEY.USER_ID.eq(i.userId())).fetchOne(TILL_APPROVAL_KEY.SEALED_KEY);
        assertThat(sealed).doesNotContain(ApprovalProof.encode(i.pair().getPrivate()));
    }

    @Test
    void anExpiredKeyDoesNotOpen() {
        Issued i = keep(new ApprovalKeyring(db, new UnlockedApprovals()), "pw-123456", NOW + 10);
        assertThat(new ApprovalKeyring(db, new UnlockedApprovals()).unlock(i.userId(), "pw-123456".toCharArray(), NOW + 10)).isFalse();
    }

    @Test
    void aVoidByAnUnlockedSupervisorIsSignedSoTheServerCanVerifyIt() {
        UnlockedApprovals unlocked = new UnlockedApprovals();
        Issued i = keep(new ApprovalKeyring(db, unlocked), "pw-123456", NOW + 1_000_000);
        Change v = new Change("bill:b1", "bill", "b1", "VOID_BILL", "{\"billId\":\"b1\",\"reason\":\"twice\",\"voidedBy\":\""
                + i.userId() + "\"}", 1, null, i.userId(), List.of());
        Change signed = new ApprovalSigner(unlocked).sign(v, NOW);
        JsonObject payload = JsonParser.parseString(signed.payloadJson()).getAsJsonObject();
        Approval a = ApprovalProof.of(payload);
        assertThat(a.userId()).isEqualTo(i.userId());
        assertThat(ApprovalProof.verify(i.pair().getPublic(), a, "VOID_BILL", "b1", payload)).isTrue();
        assertThat(ApprovalProof.verify(i.pair().getPublic(), a, "VOID_BILL", "b2", payload)).isFalse();
    }

    @Test
    void aBillIsSignedByItsOverridingSupervisorAndAPlainSaleIsLeftAsItIs() {
        UnlockedApprovals unlocked = new UnlockedApprovals();
        Issued sup = keep(new ApprovalKeyring(db, unlocked), "pw-123456", NOW + 1_000_000);
        ApprovalSigner signer = new ApprovalSigner(unlocked);
        Change plain = new Change("bill:b1", "bill", "b1", "CREATE_BILL", "{\"id\":\"b1\",\"overrideUserId\":null}", 1, null,
                "cashier", List.of());
        assertThat(signer.sign(plain, NOW)).isSameAs(plain);
        Change beyond = new Change("bill:b2", "bill", "b2", "CREATE_BILL", "{\"id\":\"b2\",\"overrideUserId\":\"" + sup.userId()
                + "\"}", 1, null, "cashier", List.of());
        assertThat(ApprovalProof.of(JsonParser.parseString(signer.sign(beyond, NOW).payloadJson()).getAsJsonObject()).userId())
                .isEqualTo(sup.userId());
        Change vouched = new Change("bill:b3", "bill", "b3", "CREATE_BILL", "{\"id\":\"b3\",\"overrideUserId\":null,"
                + "\"noteApprovedBy\":\"" + sup.userId() + "\"}", 1, null, "cashier", List.of());
        assertThat(ApprovalProof.of(JsonParser.parseString(signer.sign(vouched, NOW).payloadJson()).getAsJsonObject()).userId())
                .as("another till's note taken unchecked").isEqualTo(sup.userId());
        Change byCashier = new Change("product:p", "product", "p", "UPDATE_PRODUCT", "{\"id\":\"p\"}", 1, 1L, "cashier", List.of());
        assertThat(signer.sign(byCashier, NOW)).isSameAs(byCashier);
        assertThat(signer.sign(beyond, NOW + 1_000_000)).as("expired key").isSameAs(beyond);
    }
}
