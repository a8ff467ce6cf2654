package shopdesk.client.sync.conflict;
import shopdesk.client.i18n.Messages;

/**
 * One field of a conflicting entity: its label on screen ("Price"), the base (what both sides started from, empty
 * when unknown) and both sides formatted as the screens show them, whether the sides differ, which side changed it
 * since the base, and {@code takeMine}, the merge choice for it.
 */
public record FieldDifference(String field, String label, String base, String mine, String theirs, boolean differs,
                              boolean takeMine, boolean changedHere, boolean changedThere) {

    public FieldDifference withTakeMine(boolean v) {
        return new FieldDifference(field, label, base, mine, theirs, differs, v, changedHere, changedThere);
    }

    /** "This till", "Server", "Both" or "" (neither, or no base known): the marks column. */
    public String changedBy() {
        if (changedHere && changedThere) return Messages.get("conflict.changedBoth");
        if (changedHere) return Messages.get("conflict.col.mine");
        return changedThere ? Messages.get("conflict.col.server") : "";
    }
}
