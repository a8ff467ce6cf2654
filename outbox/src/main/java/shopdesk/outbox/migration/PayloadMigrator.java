package shopdesk.outbox.migration;

import com.google.gson.JsonObject;

/**
 * Upgrades a queued payload from {@link #fromVersion()} to the next version. Queued entries are immutable:
 * the upgrade happens in memory each time the entry is sent, so an entry written before an app upgrade still
 * goes out in the shape the current server expects.
 */
public interface PayloadMigrator {
    int fromVersion();

    /** Returns the payload of version {@code fromVersion() + 1}; may modify and return its argument. */
    JsonObject migrate(String action, JsonObject payload);
}
