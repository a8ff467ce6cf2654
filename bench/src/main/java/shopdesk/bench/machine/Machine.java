package shopdesk.bench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on, read from /proc and the JVM. */
public final class Machine {
    private Machine() {
    }

    public static String cpuModel() {
        return lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static String ram() {
        return lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> {
                    long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }).orElse("unknown");
    }

    public static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
    }

    public static String os() {
        String pretty = lines("/etc/os-release").stream().filter(l -> l.startsWith("PRETTY_NAME="))
                .findFirst().map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).orElse(System.getProperty("os.name"));
        return pretty + ", kernel " + System.getProperty("os.version");
    }

    /** "1.23 0.98 0.50" (1, 5 and 15 minutes). */
    public static String loadAverage() {
        List<String> l = lines("/proc/loadavg");
        if (l.isEmpty()) return "unknown";
        String[] parts = l.get(0).split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
