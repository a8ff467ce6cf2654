package shopdesk.client.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every English text has a Hindi one with the same arguments, and Hindi texts are really Hindi. */
class MessagesCompleteTest {

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishKeyIsInHindiAndNoHindiKeyIsExtra() throws IOException {
        Properties en = load("messages.properties");
        Properties hi = load("messages_hi.properties");
        assertThat(hi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void aHindiTextTakesTheSameArgumentsAsItsEnglishOne() throws IOException {
        Properties en = load("messages.properties");
        Properties hi = load("messages_hi.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(hi.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
            if (en.getProperty(key).contains("{0}")) new MessageFormat(hi.getProperty(key)); // a valid pattern
        }
    }

    @Test
    void hindiTextsAreWrittenInDevanagariNotLeftInEnglish() throws IOException {
        Properties hi = load("messages_hi.properties");
        long devanagari = hi.stringPropertyNames().stream()
                .filter(k -> hi.getProperty(k).codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F)).count();
        // the only texts without Devanagari are names and arguments alone: "{0} ({1})", "GSTIN {0}"
        assertThat(devanagari).isGreaterThanOrEqualTo(hi.size() - 2);
    }

    @Test
    void theServiceMessagesBundleOfTheDalIsCompleteToo() throws IOException {
        Properties en = load("errors.properties");
        Properties hi = load("errors_hi.properties");
        java.util.Set<String> keys = java.util.Arrays.stream(shopdesk.dal.error.ErrorText.values())
                .map(shopdesk.dal.error.ErrorText::key).collect(java.util.stream.Collectors.toSet());
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(hi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        for (String key : keys) assertThat(arguments(hi.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
        Messages.use(Messages.HINDI);
        assertThat(Messages.of(new shopdesk.dal.error.ValidationException("email", shopdesk.dal.error.ErrorText.EMAIL_INVALID)))
                .isEqualTo("यह ईमेल पता नहीं है");
    }

    @Test
    void theChosenLanguageAnswersAndAMissingKeyIsReportedNotThrown() {
        Messages.use(Messages.HINDI);
        assertThat(Messages.get("menu.settings")).isEqualTo("सेटिंग्स");
        assertThat(Messages.get("users.added", "मीरा", "meera")).isEqualTo("मीरा अब meera के रूप में लॉग इन कर सकते हैं।");
        Messages.use(Messages.ENGLISH);
        assertThat(Messages.get("users.error.name")).isEqualTo("Enter the person's name");
        assertThat(Messages.get("no.such.key.in.test")).isEqualTo("no.such.key.in.test");
        assertThat(Messages.missing()).contains("no.such.key.in.test");
    }

    private static java.util.Set<String> arguments(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
