package shopdesk.client.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The converted screens keep their words in the bundles: no label, button or screen message written as an English
 * literal in the sale, payment, receipt, returns, first-run, touch, catalog, day-close and reports code (a new one
 * would show in English on a Hindi till).
 */
class NoLiteralTextTest {
    private static final List<String> PACKAGES = List.of("sale", "receipt", "returns", "setup", "touch", "catalog", "print",
            "dayclose", "reports", "sync", "bills", "settings", "users", "ui");
    private static final Pattern LITERAL = Pattern.compile(
            "new (JLabel|JButton|JRadioButton|JCheckBox|JFrame)\\(\"[A-Za-z]"
                    + "|(?<!LOG\\.)\\b(error|info|warn|notReady|fail)\\(\"[A-Za-z]"
                    + "|ValidationException\\(\"\\w+\", \"[A-Za-z]"
                    + "|PLACEHOLDER_TEXT, \"[A-Za-z]+ ");   // a sentence; an example address is not one

    @Test
    void theConvertedScreensHaveNoEnglishLiterals() throws IOException {
        Path root = Path.of("src", "main", "java", "shopdesk", "client");
        List<String> found = new ArrayList<>();
        for (String p : PACKAGES) {
            try (Stream<Path> files = Files.walk(root.resolve(p))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (LITERAL.matcher(lines.get(i)).find()) found.add(f.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
