package shopdesk.dal.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockQuantityTest {

    @ParameterizedTest(name = "[{0}] weighed={1} min={2} -> {3}")
    @CsvSource(nullValues = "none", value = {
        "12, false, 1, 12",
        "'2.5', true, 1, 2500",
        "'0.755', true, 1, 755",
        "'0,250', true, 1, 250",
        "'3', true, 1, 3000",
        "'-1.2', true, -1000000000, -1200",
        "'0.0005', true, 1, none", // below a gram
        "'2.5', false, 1, none", // half a unit of a counted product
        "'0', true, 1, none",
        "'abc', true, 1, none",
        "'', false, 1, none",
        "'1000001', true, 1, none", // over the stock limit in grams
    })
    void readsKgForWeighedProductsAndUnitsOtherwise(String text, boolean weighed, long min, Long expected) {
        assertThat(StockQuantity.parse(text, weighed, min))
                .isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
    }

    @ParameterizedTest
    @CsvSource({"2500, true, 2.5 kg", "755, true, 0.755 kg", "3000, true, 3 kg", "-1200, true, -1.2 kg", "12, false, 12"})
    void showsKgForWeighedProducts(long quantity, boolean weighed, String shown) {
        assertThat(StockQuantity.format(quantity, weighed)).isEqualTo(shown);
    }
}
