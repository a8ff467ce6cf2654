package shopdesk.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import shopdesk.dal.common.Ids;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.Health;
import shopdesk.protocol.Json;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.ProtocolVersion;
import shopdesk.protocol.PushResponse;
import shopdesk.server.ServerConfig;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/** The HTTP edge: protocol header (400/426), body limits (413), bad JSON and missing fields (400), 404, health. */
public abstract class AbstractHttpErrorsTest extends ServerTestBase {
    private static final int MAX_BODY = 64 * 1024;

    @Override
    protected ServerConfig configure(ServerConfig config) {
        return config.withMaxBodyBytes(MAX_BODY).withMaxPushEntries(5);
    }

    private String pushJson(JsonObject... entries) {
        JsonObject body = new JsonObject();
        JsonArray a = new JsonArray();
        for (JsonObject e : entries) a.add(e);
        body.add("entries", a);
        return body.toString();
    }

    private JsonObject productEntry() {
        String id = Ids.newId();
        return Json.gson().toJsonTree(Entries.createProduct(id, "SKU-" + id.substring(0, 8), "Thing", 100, 0)).getAsJsonObject();
    }

    @Test
    void healthReportsTheDatabaseAndSchemaVersionWithoutAuth() {
        Api.Response r = api.send("GET", "/health", null, null, null);
        assertThat(r.status()).isEqualTo(200);
        Health h = r.as(Health.class);
        assertThat(h.status()).isEqualTo("UP");
        assertThat(h.databaseReachable()).isTrue();
        assertThat(h.schemaVersion()).isEqualTo(server.database().schemaVersion()).isPositive();
        assertThat(h.dialect()).isEqualTo(dialect().name().toLowerCase());
    }

    @Test
    void aMissingProtocolHeaderIs400NamingTheHeader() {
        Shop shop = newShop();
        Api.Response r = api.send("GET", "/api/v1/sync/pull", shop.supervisor().accessToken(), null, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.MISSING_PROTOCOL_VERSION);
        assertThat(r.error().field()).isEqualTo(ProtocolVersion.HEADER);
        assertThat(api.send("POST", "/api/v1/auth/login", null, "{}", "one").status()).isEqualTo(400);
    }

    @Test
    void anOlderClientThanTheServerSupportsMustUpdate() {
        Shop shop = newShop();
        Api.Response r = api.send("GET", "/api/v1/sync/pull", shop.supervisor().accessToken(), null,
                Integer.toString(ProtocolVersion.MIN_SUPPORTED - 1));
        assertThat(r.status()).isEqualTo(426);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.UPDATE_REQUIRED);
        assertThat(r.error().message()).containsIgnoringCase("update required");
        // checked before credentials, so even a login learns it must update
        assertThat(api.send("POST", "/api/v1/auth/login", null, "{}", "0").status()).isEqualTo(426);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Shop shop = newShop();
        String big = "{\"entries\":[],\"padding\":\"" + "x".repeat(MAX_BODY + 10) + "\"}";
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.BODY_TOO_LARGE);
        // the server is still fine afterwards
        assertThat(api.post("/api/v1/sync/push", shop.supervisor().accessToken(), pushJson()).status()).isEqualTo(200);
    }

    @Test
    void tooManyEntriesInOnePushIs413WithItsOwnCode() {
        Shop shop = newShop();
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(),
                pushJson(productEntry(), productEntry(), productEntry(), productEntry(), productEntry(), productEntry()));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.TOO_MANY_ENTRIES);
    }

    @Test
    void malformedJsonIs400() {
        Shop shop = newShop();
        for (String bad : new String[] {"{\"entries\": [", "not json", "[1,2]", "{\"entries\":[]} trailing", ""}) {
            Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.error().code()).as(bad).isEqualTo(ErrorCodes.MALFORMED_JSON);
        }
        Api.Response login = api.post("/api/v1/auth/login", null, "{username: x");
        assertThat(login.status()).isEqualTo(400);
    }

    @Test
    void aMissingFieldIsNamed() {
        Shop shop = newShop();
        JsonObject noRequestId = productEntry();
        noRequestId.remove("requestId");
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), pushJson(productEntry(), noRequestId));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.MISSING_FIELD);
        assertThat(r.error().field()).isEqualTo("entries[1].requestId");
        assertThat(r.error().message()).contains("entries[1].requestId");

        Api.Response noEntries = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), "{}");
        assertThat(noEntries.error().field()).isEqualTo("entries");
        Api.Response noPassword = api.post("/api/v1/auth/login", null, "{\"username\":\"a\",\"deviceId\":\"T1\"}");
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.error().field()).isEqualTo("password");
    }

    @Test
    void unknownFieldsAreTolerated() {
        Shop shop = newShop();
        JsonObject e = productEntry();
        e.addProperty("someFutureField", 42);
        e.getAsJsonObject("payload").addProperty("colour", "blue");
        JsonObject body = jsonObjectOf(pushJson(e));
        body.addProperty("batchHint", "x");
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), body.toString());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.as(PushResponse.class).results().get(0).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aPayloadMissingAFieldIsRejectedNamingItWhileTheRestOfTheBatchApplies() {
        Shop shop = newShop();
        JsonObject bad = productEntry();
        bad.getAsJsonObject("payload").remove("sku");
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), pushJson(bad, productEntry()));
        PushResponse pr = r.as(PushResponse.class);
        assertThat(pr.results().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(pr.results().get(0).rejected().message()).contains("payload.sku");
        assertThat(pr.results().get(1).outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void pushingForAnotherDeviceIsForbidden() {
        Shop shop = newShop();
        String otherTill = admin.createDevice(shop.id(), "T2", "Till 2");
        JsonObject body = jsonObjectOf(pushJson(productEntry()));
        body.addProperty("deviceId", otherTill);
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), body.toString());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.FORBIDDEN);
    }

    @Test
    void unknownEndpointsAnswerJson404() {
        Shop shop = newShop();
        Api.Response r = api.get("/api/v1/sync/teleport", shop.supervisor().accessToken());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.NOT_FOUND);
        Api.Response outside = api.send("GET", "/nothing-here", null, null, null);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.error().code()).isEqualTo(ErrorCodes.NOT_FOUND);
    }

    @Test
    void aBadPullCursorOrLimitIs400() {
        Shop shop = newShop();
        assertThat(api.get("/api/v1/sync/pull?since=abc", shop.supervisor().accessToken()).error().field()).isEqualTo("since");
        assertThat(api.get("/api/v1/sync/pull?limit=0", shop.supervisor().accessToken()).error().field()).isEqualTo("limit");
    }

    private static JsonObject jsonObjectOf(String json) {
        return com.google.gson.JsonParser.parseString(json).getAsJsonObject();
    }
}
