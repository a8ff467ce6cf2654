package shopdesk.client.sync.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparing a version conflict's sides field by field and merging them, without a presenter. */
class FieldMergeTest {
    JsonObject base = FieldMerge.parse("{\"id\":\"p1\",\"name\":\"Tea\",\"unitPrice\":100,\"version\":1}");
    JsonObject mine = FieldMerge.parse("{\"id\":\"p1\",\"name\":\"Tea 250g\",\"unitPrice\":100,\"version\":2}");
    JsonObject theirs = FieldMerge.parse("{\"id\":\"p1\",\"name\":\"Tea\",\"unitPrice\":120,\"version\":3}");

    @Test
    void withABaseOnlyWhatThisTillChangedStartsOnMine() {
        List<FieldDifference> fields = FieldMerge.compare(base, mine, theirs);
        assertThat(fields).extracting(FieldDifference::field).as("bookkeeping hidden").containsExactly("name", "unitPrice");
        assertThat(fields).extracting(FieldDifference::differs).containsExactly(true, true);
        assertThat(fields).extracting(FieldDifference::takeMine).containsExactly(true, false);
        assertThat(fields).extracting(FieldDifference::changedHere).containsExactly(true, false);
        assertThat(fields).extracting(FieldDifference::changedThere).containsExactly(false, true);
    }

    @Test
    void withoutABaseEveryDifferingFieldStartsOnMine() {
        assertThat(FieldMerge.compare(null, mine, theirs)).extracting(FieldDifference::takeMine).containsExactly(true, true);
    }

    @Test
    void theMergeKeepsMineWhereTickedAndTheServersElsewhere() {
        JsonObject merged = FieldMerge.merged(mine, theirs, FieldMerge.compare(base, mine, theirs));
        assertThat(merged.get("name").getAsString()).isEqualTo("Tea 250g");
        assertThat(merged.get("unitPrice").getAsLong()).isEqualTo(120);
        assertThat(merged.get("version").getAsLong()).as("bookkeeping stays mine").isEqualTo(2);
        assertThat(mine.get("unitPrice").getAsLong()).as("mine is not changed").isEqualTo(100);
    }

    @Test
    void aBlankOrNonObjectPayloadReadsAsEmpty() {
        assertThat(FieldMerge.parse(null).size()).isZero();
        assertThat(FieldMerge.parse(" ").size()).isZero();
        assertThat(FieldMerge.parse("[1]").size()).isZero();
    }
}
