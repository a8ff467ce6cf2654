package shopdesk.client.sync.conflict;

/**
 * One field of a conflicting entity: its label on screen ("Price"), both sides formatted as the screens show them,
 * whether they differ, and {@code takeMine}, the merge choice for it.
 */
public record FieldDifference(String field, String label, String mine, String theirs, boolean differs, boolean takeMine) {

    public FieldDifference withTakeMine(boolean v) {
        return new FieldDifference(field, label, mine, theirs, differs, v);
    }
}
