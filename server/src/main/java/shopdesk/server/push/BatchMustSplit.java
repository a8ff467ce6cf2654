package shopdesk.server.push;

/** Thrown when a batch cannot be applied as one transaction; the pushed entries are then applied one by one. */
public final class BatchMustSplit extends RuntimeException {
    public BatchMustSplit(String why) {
        super(why, null, false, false);
    }
}
