package shopdesk.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** docs/BENCHMARKS.md being written: a verdict table of every target, then one section per benchmark. */
public final class Report {
    /** One target: what was measured, the figure against its baseline, and whether it is met. */
    public record Verdict(String target, String measured, Boolean met, String note) {
    }

    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    public void verdict(String target, String measured, Boolean met, String note) {
        verdicts.add(new Verdict(target, measured, met, note == null ? "" : note));
    }

    public void section(String markdown) {
        sections.add(markdown);
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    public String verdictTable() {
        StringBuilder b = new StringBuilder("| Target | Measured | Met | Note |\n|---|---|---|---|\n");
        for (Verdict v : verdicts) {
            b.append("| ").append(v.target()).append(" | ").append(v.measured()).append(" | ")
                    .append(v.met() == null ? "not measured" : v.met() ? "**yes**" : "**no**").append(" | ")
                    .append(v.note().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    public List<String> sections() {
        return sections;
    }

    public static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    public static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    public static String f2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** A fraction as a whole percentage ("63%"), or "n/a" when unknown (NaN). */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : f0(fraction * 100) + "%";
    }

    public static String ms(double nanos) {
        return String.format(Locale.ROOT, nanos < 10_000_000 ? "%.2f ms" : "%.0f ms", nanos / 1e6);
    }
}
