package shopdesk.dal.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {
    private static final MoneyFormat INDIA = MoneyFormat.of(Currency.getInstance("INR"), Locale.forLanguageTag("en-IN"));
    private static final MoneyFormat US = MoneyFormat.of(Currency.getInstance("USD"), Locale.US);

    @AfterEach
    void plainAgain() {
        MoneyFormat.use(MoneyFormat.PLAIN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345650|₹ 1,23,456.50", "5|₹ 0.05", "100000|₹ 1,000.00", "1000000000|₹ 1,00,00,000.00",
            "-250075|-₹ 2,500.75", "99|₹ 0.99"})
    void anIndianShopGroupsByLakhAndCrore(long minor, String shown) {
        assertThat(INDIA.format(minor)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345650|$ 123,456.50", "123456789|$ 1,234,567.89", "0|$ 0.00", "-5|-$ 0.05"})
    void aUsShopGroupsByThousands(long minor, String shown) {
        assertThat(US.format(minor)).isEqualTo(shown);
    }

    @Test
    void hindiKeepsTheRupeeSignAndLatinDigits() {
        assertThat(MoneyFormat.of(Currency.getInstance("INR"), Locale.forLanguageTag("hi-IN")).format(12345650))
                .isEqualTo("₹ 1,23,456.50");
    }

    @Test
    void everyMoneyFormatCallFollowsTheConfiguredFormatAndParsesBack() {
        assertThat(Money.format(12345650)).isEqualTo("123456.50");
        MoneyFormat.use(INDIA);
        assertThat(Money.format(12345650)).isEqualTo("₹ 1,23,456.50");
        assertThat(Money.parse(Money.format(12345650))).isEqualTo(12345650);
        assertThat(Money.parse(Money.format(-250075))).isEqualTo(-250075);
        assertThat(Money.plain(12345650)).isEqualTo("123456.50");
        MoneyFormat.use(US);
        assertThat(Money.parse(Money.format(123456789))).isEqualTo(123456789);
    }
}
