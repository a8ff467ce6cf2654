package shopdesk.dal.returns;

/** A returned line: which original line it takes back (null without a bill), how many, where the goods went. */
public record ReturnItem(int lineNo, Integer originalLineNo, String productId, String sku, String name, long quantity,
                         boolean restock, long subtotal, long tax, long total) {
}
