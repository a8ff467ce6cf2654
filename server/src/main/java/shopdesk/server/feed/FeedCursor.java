package shopdesk.server.feed;

import shopdesk.server.http.ApiException;

/** The pull cursor: opaque to clients; today the seq of the last change returned ("" or absent = from the start). */
final class FeedCursor {
    private FeedCursor() {
    }

    static long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) return 0;
        try {
            long seq = Long.parseLong(cursor.trim());
            if (seq < 0) throw new NumberFormatException();
            return seq;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("since", "'since' must be a cursor returned by an earlier pull, not '" + cursor + "'");
        }
    }

    static String format(long seq) {
        return Long.toString(seq);
    }
}
