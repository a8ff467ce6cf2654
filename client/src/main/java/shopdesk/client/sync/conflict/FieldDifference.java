package shopdesk.client.sync.conflict;

/** One field of a conflicting entity, both sides shown; {@code takeMine} is the merge choice for it. */
public record FieldDifference(String field, String mine, String theirs, boolean differs, boolean takeMine) {

    public FieldDifference withTakeMine(boolean v) {
        return new FieldDifference(field, mine, theirs, differs, v);
    }
}
