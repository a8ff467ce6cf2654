package shopdesk.client.dayclose;

/**
 * The count as typed so far against the expected cash. {@code error} is a plain message when the typed count is
 * not a count yet (then the numbers are 0).
 */
public record CountPreview(long counted, long expected, long variance, boolean needsApproval, String error) {
}
