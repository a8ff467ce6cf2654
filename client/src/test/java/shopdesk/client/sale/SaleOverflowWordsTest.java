package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Limits;
import shopdesk.dal.money.Money;

/** A price that would take the bill beyond its limit is refused in the till's words, not the arithmetic's. */
class SaleOverflowWordsTest {

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void aPriceBeyondWhatABillHoldsIsRefusedInHindiOnAHindiTill() {
        Messages.use(Messages.HINDI);
        Sale sale = new Sale();
        sale.add(new FakeCatalog().add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 500, 10), 5);
        assertThatThrownBy(() -> sale.overridePrice(0, Limits.MAX_AMOUNT, "typo"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("sale.err.billMax", Money.format(Limits.MAX_AMOUNT)));
        assertThat(Messages.get("sale.err.billMax", "x")).contains("अधिकतम");
        assertThat(sale.lines().get(0).unitPrice()).isEqualTo(10_000);   // the line is as before
    }
}
