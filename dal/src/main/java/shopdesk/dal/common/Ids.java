package shopdesk.dal.common;

import java.util.UUID;

/** Entities are identified by client-generated UUIDs, so creating offline never collides. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
