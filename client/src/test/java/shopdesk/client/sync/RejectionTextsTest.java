package shopdesk.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.protocol.RejectCodes;

/** A server's refusal recorded as "CODE: English detail" is shown in Hindi on a Hindi till, by its stable code. */
class RejectionTextsTest {
    private static final String REFUSED = "STORE_CREDIT_EXCEEDED: Store credit T1-C000004 has only ₹ 20.00 left for this bill";

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void aHindiTillShowsItsOwnSentenceForTheCodeAndKeepsTheDetail() {
        Messages.use(Messages.HINDI);
        assertThat(PlainMessages.plain(REFUSED)).isEqualTo(Messages.get("errors.reject.STORE_CREDIT_EXCEEDED"))
                .startsWith("सर्वर ने बिल अस्वीकार किया");
        assertThat(PlainMessages.plain("DISCOUNT_NOT_APPROVED: A price cut of 30% is above the limit"))
                .contains("सुपरवाइज़र की मंज़ूरी");
        assertThat(PlainMessages.plain("INTERNAL: boom")).isEqualTo("सर्वर ने यह प्रविष्टि अस्वीकार की (INTERNAL)। विवरण टिल के लॉग में है।");
        assertThat(RejectionTexts.detail(REFUSED)).isEqualTo("Store credit T1-C000004 has only ₹ 20.00 left for this bill");
        // not a rejection: network words still become the plain network sentence, other text is kept
        assertThat(PlainMessages.plain("Connection refused")).isEqualTo(Messages.get("plain.noConnection"));
        assertThat(RejectionTexts.code("NOT_A_CODE: words")).isEmpty();
        assertThat(Messages.missing()).noneMatch(k -> k.startsWith("errors."));
    }

    @Test
    void anEnglishTillKeepsTheServersOwnWords() {
        assertThat(PlainMessages.plain(REFUSED)).isEqualTo(REFUSED);
    }

    @Test
    void everyRejectCodeIsEitherExplainedOrKnownAsTechnical() throws IllegalAccessException {
        for (Field f : RejectCodes.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) continue;
            String code = (String) f.get(null);
            assertThat(RejectionTexts.EXPLAINED.contains(code) || RejectionTexts.KNOWN.contains(code)).as(code).isTrue();
        }
        assertThat(RejectionTexts.EXPLAINED).doesNotContainAnyElementsOf(RejectionTexts.KNOWN);
        Messages.use(Messages.HINDI);
        for (String code : RejectionTexts.EXPLAINED) assertThat(RejectionTexts.text(code)).as(code).doesNotContain("errors.reject");
        assertThat(Arrays.stream(RejectCodes.class.getFields()).count()).isGreaterThan(20);
    }

    @Test
    void aConflictIsSaidByItsKindOnAHindiTill() {
        var stock = new ConflictInfo(ConflictInfo.Kind.STOCK, "Not enough stock for TEA-250", null, null, java.util.List.of());
        assertThat(RejectionTexts.conflict(stock)).isEqualTo("Not enough stock for TEA-250");
        Messages.use(Messages.HINDI);
        assertThat(RejectionTexts.conflict(stock)).startsWith("सर्वर पर इस बिल की बिक्री से कम स्टॉक है");
        for (ConflictInfo.Kind k : ConflictInfo.Kind.values()) {
            assertThat(RejectionTexts.conflict(new ConflictInfo(k, "x", null, null, null))).as(k.name()).doesNotContain("errors.");
        }
    }

    @Test
    void aThrottledLoginSaysHowLongToWaitInTheTillsLanguage() {
        String server = "Too many failed logins; try again in 42 seconds";
        assertThat(RejectionTexts.loginThrottled(server)).isEqualTo(server);
        Messages.use(Messages.HINDI);
        assertThat(RejectionTexts.loginThrottled(server)).isEqualTo("बहुत बार गलत लॉगिन हुआ; 42 सेकंड बाद फिर कोशिश करें");
        assertThat(RejectionTexts.loginThrottled(null)).isEqualTo("बहुत बार गलत लॉगिन हुआ; कुछ मिनट बाद फिर कोशिश करें");
    }
}
