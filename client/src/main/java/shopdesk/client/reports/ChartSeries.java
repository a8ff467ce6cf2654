package shopdesk.client.reports;

import java.util.List;

/** What one chart draws: labelled values in major units, in order. {@code pie} draws shares instead of bars. */
public record ChartSeries(String title, String axis, List<Point> points, boolean pie) {
    public record Point(String label, double value) {
    }
}
