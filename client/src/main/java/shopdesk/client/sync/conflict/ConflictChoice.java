package shopdesk.client.sync.conflict;

/** What a supervisor may do with a conflict, each with the plain words the dialog shows. */
public enum ConflictChoice {
    KEEP_MINE("Keep mine", "Sends this till's version again over the server's. The server's changes to the differing fields are overwritten."),
    TAKE_THEIRS("Take theirs", "Replaces this till's version with the server's. The change made here is dropped and the till shows what the server has."),
    MERGE("Merge", "Sends a version that takes each field from the side you pick below. Fields you leave on 'theirs' keep the server's value."),
    DISCARD("Discard", "Drops this change: it is never sent, the server keeps what it has, and this till keeps its local copy until the next refresh."),
    VOID_AND_RESTORE("Void bill and restore stock", "Voids this bill and puts its items back into stock, here and on the server. The server still records the bill with its legal number, as voided. Refund the customer in full."),
    REDUCE_QUANTITIES("Reduce quantities", "Sends the bill again with the short items cut to what the server has in stock. Take back or refund the difference from the customer."),
    SUPERVISOR_OVERRIDE("Sell anyway (override)", "Sends the bill again with your approval to take server stock below zero. Your name is recorded as approving it.");

    private final String label;
    private final String explanation;

    ConflictChoice(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
