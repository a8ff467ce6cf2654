package shopdesk.server.feed;

import shopdesk.server.http.ApiException;

/**
 * The pull cursor, opaque to clients: the seq of the last change returned and that row's {@code created_at}
 * ("seq.at"; "" or absent = from the start). The second part lets the server tell that a cursor came from a feed it no
 * longer has (restored from a backup, so seqs after the backup were handed out again): see {@link ChangeFeed#read}.
 * A bare "seq" (tills before the fingerprint) is taken as it is.
 */
record FeedCursor(long seq, Long at) {
    static final FeedCursor START = new FeedCursor(0, null);

    static FeedCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) return START;
        String[] parts = cursor.trim().split("\\.", -1);
        try {
            if (parts.length > 2) throw new NumberFormatException();
            long seq = Long.parseLong(parts[0]);
            Long at = parts.length == 2 ? Long.parseLong(parts[1]) : null;
            if (seq < 0) throw new NumberFormatException();
            return new FeedCursor(seq, at);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("since", "'since' must be a cursor returned by an earlier pull, not '" + cursor + "'");
        }
    }

    String format() {
        return at == null ? Long.toString(seq) : seq + "." + at;
    }
}
