package shopdesk.client.reports;

import java.util.List;

/** One table of a report as text, exactly as shown on screen and written to CSV; {@code file} names its CSV. */
public record ReportTable(String title, String file, List<String> headers, List<List<String>> rows) {
}
