package shopdesk.outbox.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadMigrationsTest {
    private final PayloadMigrations twoVersions = new PayloadMigrations(2, List.of(new PayloadMigrator() {
        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public JsonObject migrate(String action, JsonObject payload) {
            payload.addProperty("migrated", true);
            return payload;
        }
    }));

    @Test
    void aCurrentPayloadIsSentAsTheStoredText() {
        String stored = "{\"id\":\"b1\", \"items\": [1, 2]}";
        assertThat(twoVersions.upgradeText("CREATE_BILL", 2, stored)).isSameAs(stored);
    }

    @Test
    void anOlderPayloadIsUpgradedAndSerialised() {
        assertThat(twoVersions.upgradeText("CREATE_BILL", 1, "{\"id\":\"b1\"}")).isEqualTo("{\"id\":\"b1\",\"migrated\":true}");
    }

    @Test
    void aPayloadThatIsNotExactlyOneStrictJsonObjectIsRefused() {
        for (String bad : new String[] {"{id: 1}", "{\"id\":1} x", "[1]", "\"text\"", "{\"id\":", "", "{'id':1}"}) {
            assertThatThrownBy(() -> twoVersions.upgradeText("CREATE_BILL", 2, bad)).as(bad).isInstanceOf(JsonSyntaxException.class);
        }
        assertThatThrownBy(() -> twoVersions.upgradeText("CREATE_BILL", 2, null)).isInstanceOf(JsonSyntaxException.class);
    }

    @Test
    void aNewerPayloadIsRefused() {
        assertThatThrownBy(() -> twoVersions.upgradeText("CREATE_BILL", 3, "{}")).isInstanceOf(UnsupportedPayloadVersionException.class);
    }
}
