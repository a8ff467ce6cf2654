package shopdesk.dal.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every service message in English and Hindi, with the same arguments, and no key the enum does not name. */
class ErrorTextBundlesTest {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");
    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");
    /** Texts that are the same in Hindi (a code the shop uses as it is). */
    private static final Set<String> SAME_IN_HINDI = Set.of("LABEL_SKU");

    @Test
    void everyKeyIsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties en = load("i18n/errors.properties");
        Properties hi = load("i18n/errors_hi.properties");
        Set<String> keys = Arrays.stream(ErrorText.values()).map(ErrorText::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(en.stringPropertyNames()).as("English keys").containsExactlyInAnyOrderElementsOf(keys);
        assertThat(hi.stringPropertyNames()).as("Hindi keys").containsExactlyInAnyOrderElementsOf(keys);
        for (String k : keys) {
            String e = en.getProperty(k);
            String h = hi.getProperty(k);
            assertThat(h).as(k).isNotBlank();
            assertThat(arguments(h)).as("arguments of " + k).isEqualTo(arguments(e));
            if (!SAME_IN_HINDI.contains(k)) assertThat(DEVANAGARI.matcher(h).find()).as(k + " in Hindi: " + h).isTrue();
            for (String p : new String[] {e, h}) {
                if (arguments(p).isEmpty()) {
                    assertThat(p).as(k + ": without arguments a quote is written once").doesNotContain("''");
                } else {
                    // a lone quote would swallow the rest of a MessageFormat pattern
                    assertThat(p.replace("''", "")).as(k + ": with arguments a quote is written ''").doesNotContain("'");
                    new MessageFormat(p);
                }
            }
        }
    }

    @Test
    void hindiTextsAreNotTheEnglishOnes() {
        for (ErrorText t : ErrorText.values()) {
            if (SAME_IN_HINDI.contains(t.key())) continue;
            assertThat(t.pattern(ErrorText.HINDI)).as(t.key()).isNotEqualTo(t.pattern(ErrorText.ENGLISH));
        }
    }

    static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ErrorText.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
