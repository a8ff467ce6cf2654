package shopdesk.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.FeedChange;

class FeedRowsTest {
    private static ChangeFeed.Row level(String shop, String product, long version) {
        return new ChangeFeed.Row(shop, "d-1", EntityType.STOCK, product, FeedChange.SET_STOCK_LEVEL, version, null, 0);
    }

    private static ChangeFeed.Row bill(String id) {
        return new ChangeFeed.Row("s-1", "d-1", EntityType.BILL, id, "CREATE_BILL", 1L, null, 0);
    }

    @Test
    void onlyTheLastLevelOfEachProductIsKeptAndEveryOtherRowStaysInOrder() {
        List<ChangeFeed.Row> rows = List.of(level("s-1", "p-1", 2), bill("b-1"), level("s-1", "p-1", 3),
                level("s-2", "p-1", 7), level("s-1", "p-2", 4), bill("b-2"));
        assertThat(FeedRows.withoutSupersededLevels(rows)).containsExactly(bill("b-1"), level("s-1", "p-1", 3),
                level("s-2", "p-1", 7), level("s-1", "p-2", 4), bill("b-2"));
    }
}
