package shopdesk.dal.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    @ParameterizedTest
    @CsvSource({"12345, 123.45", "-5, -0.05", "0, 0.00", "100, 1.00", "9223372036854775807, 92233720368547758.07"})
    void formatsMinorUnitsWithTwoDecimals(long minor, String text) {
        assertThat(Money.format(minor)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"123.45, 12345", "' 7 ', 700", "'1,234.5', 123450", "0.05, 5", "-2.10, -210"})
    void parsesWhatACashierTypes(String text, long minor) {
        assertThat(Money.parse(text)).isEqualTo(minor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "abc", "1e3x", "99999999999999999999"})
    void refusesWhatIsNotAnAmountInsteadOfRoundingIt(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void asksForAnAmountWhenNoneIsGiven(String text) {
        assertThatThrownBy(() -> Money.parse(text)).hasMessage("Enter an amount");
    }

    @ParameterizedTest
    @CsvSource({"1000, 1800, 180", "1, 1800, 0", "3, 1800, 1", "25, 200, 1", "24, 200, 0", "10000, 0, 0",
            "-25, 200, -1"})
    void taxIsRoundedHalfUpToTheMinorUnit(long amount, int rateBp, long tax) {
        assertThat(Money.tax(amount, rateBp)).isEqualTo(tax);
    }

    @ParameterizedTest
    @CsvSource({"1800, 18%", "1250, 12.5%", "0, 0%", "5, 0.05%"})
    void ratesReadAsPercentages(int bp, String text) {
        assertThat(Money.rate(bp)).isEqualTo(text);
    }
}
