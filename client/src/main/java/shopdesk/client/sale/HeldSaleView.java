package shopdesk.client.sale;

/** A parked sale as the Resume list shows it. */
public record HeldSaleView(String id, String label, long total, long heldAt) {
}
