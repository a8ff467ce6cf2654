package shopdesk.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import shopdesk.bench.till.Engine;

/**
 * What to run: {@code -Dbench.quick=true} for short harness-check runs, {@code -Dbench.only=billsave,scale,...}
 * to run some sections, {@code -Dbench.engines=SQLITE_FULL,H2} to restrict engines.
 */
public record BenchSettings(boolean quick, Set<String> sections, String[] engines) {

    public static BenchSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        String only = System.getProperty("bench.only", "");
        Set<String> sections = only.isBlank() ? Set.of() : Arrays.stream(only.split(",")).map(String::strip)
                .collect(Collectors.toSet());
        String eng = System.getProperty("bench.engines", "");
        String[] engines = eng.isBlank() ? Arrays.stream(Engine.values()).map(Enum::name).toArray(String[]::new)
                : eng.split(",");
        return new BenchSettings(quick, sections, engines);
    }

    public boolean runs(String section) {
        return sections.isEmpty() || sections.contains(section);
    }

    public boolean runs(Engine engine) {
        return Arrays.asList(engines).contains(engine.name());
    }
}
