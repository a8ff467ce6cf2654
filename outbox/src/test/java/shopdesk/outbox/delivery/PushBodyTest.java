package shopdesk.outbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.Json;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushRequest;

class PushBodyTest {
    private static final String PAYLOAD = "{\"id\":\"b1\",\"name\":\"Tea <& \\\"Chai\\\"> ☕\",\"items\":[{\"q\":2}]}";

    @Test
    void isThePushRequestGsonWouldWriteWithThePayloadTextAsStored() {
        PushBody.Entry full = new PushBody.Entry("r1", "BILL:b1", 1, "BILL", "b1", "CREATE_BILL", 1, PAYLOAD, 7L, "u1", 42);
        PushBody.Entry sparse = new PushBody.Entry("r2", "BILL:b2", 3, "BILL", "b2", "VOID_BILL", 1, "{}", null, null, 43);

        String body = PushBody.write("till-1", List.of(full, sparse));

        String gson = Json.gson().toJson(new PushRequest("till-1", List.of(
                new PushEntry("r1", "BILL:b1", 1, "BILL", "b1", "CREATE_BILL", 1, JsonParser.parseString(PAYLOAD).getAsJsonObject(), 7L, "u1", 42),
                new PushEntry("r2", "BILL:b2", 3, "BILL", "b2", "VOID_BILL", 1, JsonParser.parseString("{}").getAsJsonObject(), null, null, 43))));
        assertThat(JsonParser.parseString(body)).isEqualTo(JsonParser.parseString(gson));
        assertThat(body).contains(PAYLOAD).doesNotContain("baseVersion\":null").doesNotContain("userId\":null");
        assertThat(Json.gson().fromJson(body, PushRequest.class).entries()).hasSize(2);
    }
}
