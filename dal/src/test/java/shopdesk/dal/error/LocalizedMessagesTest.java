package shopdesk.dal.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Text;
import shopdesk.dal.customer.CustomerDraft;
import shopdesk.dal.user.Role;

/** getMessage() stays English (logs, the server's JSON); localized(hi) is the Hindi text a Hindi till shows. */
class LocalizedMessagesTest {
    private static final Locale HI = Locale.forLanguageTag("hi");

    @Test
    void aValidationErrorIsEnglishInItsMessageAndHindiWhenLocalized() {
        ShopDeskException e = caught(() -> new CustomerDraft("Asha", null, "not-an-email").validated());
        assertThat(e.getMessage()).isEqualTo("That is not an email address");
        assertThat(e.localized(HI)).isEqualTo("यह ईमेल पता नहीं है");
        assertThat(e.localized(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.errorText()).contains(ErrorText.EMAIL_INVALID);
        assertThat(e.field()).isEqualTo("email");
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
    }

    @Test
    void aLabelIsSaidInTheSameLanguageAndCapitalizedInEnglish() {
        ShopDeskException e = caught(() -> Text.optional("email", "x".repeat(300), 200, ErrorText.LABEL_EMAIL));
        assertThat(e.getMessage()).isEqualTo("The email address is too long (at most 200 characters)");
        assertThat(e.localized(HI)).isEqualTo("ईमेल पता बहुत लंबा है (अधिकतम 200 वर्ण)");
        assertThat(caught(() -> Text.required("name", " ", 10, ErrorText.LABEL_CUSTOMER_NAME)).localized(HI))
                .isEqualTo("ग्राहक का नाम दर्ज करें");
    }

    @Test
    void nounsRolesAndNumbersInArguments() {
        assertThat(new NotFoundException(ErrorText.NOUN_PRODUCT, "p-1").getMessage()).isEqualTo("No product found for 'p-1'");
        assertThat(new NotFoundException(ErrorText.NOUN_PRODUCT, "p-1").localized(HI)).isEqualTo("'p-1' के लिए कोई उत्पाद नहीं मिला");
        ShopDeskException denied = caught(() -> new Actor("u", Role.CASHIER, "s", "d")
                .requireRole(Role.SUPERVISOR, ErrorText.ACTION_VOID_BILL));
        assertThat(denied.getMessage()).isEqualTo("Voiding a bill needs a supervisor (you are cashier)");
        assertThat(denied.localized(HI)).isEqualTo("बिल रद्द करने के लिए सुपरवाइज़र चाहिए (आप कैशियर हैं)");
        // numbers as plain digits, never grouped by the locale
        assertThat(new ValidationException("q", ErrorText.LINE_QUANTITY_MAX, 2, 100_000L).getMessage())
                .isEqualTo("The quantity on line 2 is more than 100000");
    }

    @Test
    void aStockShortfallListsEveryLineInTheSameLanguage() {
        var e = new InsufficientStockException(List.of(new InsufficientStockException.Shortfall("p", "S", "Rice", 5, 2),
                new InsufficientStockException.Shortfall("q", "T", "Dal", 3, 0)));
        assertThat(e.getMessage()).isEqualTo("Not enough stock for Rice (selling 5, 2 in stock), Dal (selling 3, 0 in stock)."
                + " A supervisor can approve the sale.");
        assertThat(e.localized(HI)).startsWith("Rice (बिक्री 5, स्टॉक में 2), Dal (बिक्री 3, स्टॉक में 0) का पर्याप्त स्टॉक");
    }

    @Test
    void aReadySentenceIsTheSameInEveryLanguage() {
        ShopDeskException e = new ValidationException("x", "Already in the till's language");
        assertThat(e.localized(HI)).isEqualTo("Already in the till's language");
        assertThat(e.errorText()).isEmpty();
    }

    private static ShopDeskException caught(Runnable r) {
        try {
            r.run();
        } catch (ShopDeskException e) {
            return e;
        }
        throw new AssertionError("no ShopDeskException");
    }
}
