package shopdesk.protocol;

import java.util.List;

/**
 * GET /api/v1/sync/holdings: how many of the calling till's bills the server holds, counted per bucket of
 * {@code bucketSize} consecutive local numbers (bucket {@code index} covers index*size .. index*size+size-1).
 * Buckets without bills are left out.
 */
public record Holdings(String deviceId, long bucketSize, List<Bucket> buckets) {
    /** Local numbers per bucket: a million bills of one till are a thousand buckets. */
    public static final long BUCKET_SIZE = 1000;

    public record Bucket(long index, long count) {
    }
}
