package shopdesk.dal.returns;

/** A store-credit note as a payment sees it: its amount and what earlier bills have not yet taken of it. */
public record NoteBalance(String noteId, String label, long amount, long left) {
}
