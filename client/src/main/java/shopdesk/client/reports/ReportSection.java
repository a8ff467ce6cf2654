package shopdesk.client.reports;

/** One tab of the report screen: a table, and the chart drawn from it when a chart helps ({@code null} if not). */
public record ReportSection(String name, ReportTable table, ChartSeries chart) {
}
