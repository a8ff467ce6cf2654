package shopdesk.outbox.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.SYNC_META;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.testing.TestDatabases;
import shopdesk.protocol.TokenResponse;

/** The till's refresh token survives a restart, sealed with a key kept outside the database file. */
class SealedTokenStoreTest {
    private static final String REFRESH = "refresh-token-0123456789abcdefghijklmnopqrstuvwxyz";
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(Dialect.SQLITE, SchemaContext.TILL, dir);
    }

    @AfterEach
    void close() {
        TestDatabases.close(db);
    }

    private static TokenResponse tokens() {
        return new TokenResponse("access-token", 1L, REFRESH, 2L, null, 0L);
    }

    @Test
    void theRefreshTokenSurvivesARestartButTheAccessTokenDoesNot() {
        Path keyFile = dir.resolve("keys/device.key");
        new SealedTokenStore(db, DeviceKey.loadOrCreate(keyFile), "dev-1").store(tokens());

        SealedTokenStore afterRestart = new SealedTokenStore(db, DeviceKey.loadOrCreate(keyFile), "dev-1");
        assertThat(afterRestart.refreshToken()).hasValue(REFRESH);
        assertThat(afterRestart.accessToken()).isEmpty();
    }

    @Test
    void theDatabaseHoldsNoReadableTokenAndIsUselessWithoutTheKeyFile() throws Exception {
        new SealedTokenStore(db, DeviceKey.loadOrCreate(dir.resolve("device.key")), "dev-1").store(tokens());
        String stored = db.dsl().select(SYNC_META.TEXT_VALUE).from(SYNC_META).where(SYNC_META.NAME.eq(SealedTokenStore.NAME))
                .fetchOne(SYNC_META.TEXT_VALUE);
        assertThat(stored).isNotBlank().doesNotContain(REFRESH);
        for (Path f : Files.list(dir).filter(p -> p.getFileName().toString().startsWith("till")).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(REFRESH);
        }
        // a thief with the database but another key (or none) gets nothing
        assertThat(new SealedTokenStore(db, DeviceKey.loadOrCreate(dir.resolve("other.key")), "dev-1").refreshToken()).isEmpty();
        // nor does a token sealed for one till open as another's
        assertThat(new SealedTokenStore(db, DeviceKey.loadOrCreate(dir.resolve("device.key")), "dev-2").refreshToken()).isEmpty();
    }

    @Test
    void theKeyFileIsReadableOnlyByItsOwnerAndLogoutForgetsTheToken() throws Exception {
        Path keyFile = dir.resolve("device.key");
        SealedTokenStore store = new SealedTokenStore(db, DeviceKey.loadOrCreate(keyFile), "dev-1");
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        store.store(tokens());
        store.clear();
        assertThat(new SealedTokenStore(db, DeviceKey.loadOrCreate(keyFile), "dev-1").refreshToken()).isEmpty();
    }
}
