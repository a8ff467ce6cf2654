package shopdesk.dal.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service errors of the dal and the outbox name an {@link ErrorText} (so a Hindi till shows them in Hindi): no
 * throw site writes its own English sentence. Scans the main sources of both modules.
 */
class ThrowSitesUseErrorTextTest {
    private static final Pattern SITE = Pattern.compile(
            "new (?:[\\w.]+\\.)?(Validation|NotFound|Duplicate|InvalidState|PermissionDenied|PaymentMismatch|ShopDesk)Exception\\(([^;]*);",
            Pattern.DOTALL);
    /** Throw sites allowed a ready text, each with the reason. */
    private static final Set<String> ALLOWED = Set.of(
            // the setting's message key is the till's (client bundle); the till checks with it before saving
            "ValidationException(problems.get(0).key(), problems.get(0).english())");

    @Test
    void everyServiceErrorNamesAnErrorText() throws IOException {
        List<String> plain = new ArrayList<>();
        int sites = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../outbox/src/main/java"))) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (f.getParent().endsWith("error")) continue;   // the exception classes themselves
                    Matcher m = SITE.matcher(Files.readString(f));
                    while (m.find()) {
                        sites++;
                        String call = m.group(1) + "Exception(" + m.group(2).replaceAll("\\s+", " ").strip();
                        if (ALLOWED.stream().anyMatch(call::startsWith)) continue;
                        boolean named = call.contains("ErrorText.") || call.matches(".*Exception\\(\\w+, \\w+\\)\\)*");
                        if (!named) plain.add(f.getFileName() + ": " + call);
                    }
                }
            }
        }
        assertThat(sites).as("throw sites found (is the scan looking in the right place?)").isGreaterThan(100);
        assertThat(plain).as("throw sites with an English sentence instead of an ErrorText").isEmpty();
    }
}
