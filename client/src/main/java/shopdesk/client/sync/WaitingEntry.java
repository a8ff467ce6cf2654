package shopdesk.client.sync;

/**
 * An unsent entry waiting for a refused product create: a paid bill ({@code total} in minor units) or a stock move
 * ({@code delta}). Shown before a supervisor links, renames or discards the product.
 */
public record WaitingEntry(long seq, boolean bill, String label, Long total, Long delta) {
}
