package shopdesk.client.sync.conflict;

/**
 * What a supervisor may do with a conflict, each with what happens on this till, on the server and to the
 * customer, in the words the dialog shows.
 */
public enum ConflictChoice {
    KEEP_MINE("Keep mine", "keeps its version", "gets this till's version; its own changes to the differing fields are overwritten",
            "nothing changes"),
    TAKE_THEIRS("Take theirs", "Replaces this till's version with the server's; the change made here is dropped",
            "keeps what it has", "nothing changes"),
    MERGE("Merge", "holds each field from the side ticked under 'Use mine' (unticked: the server's)",
            "gets the same merged version", "nothing changes"),
    DISCARD("Discard", "drops this change and takes the server's record again", "keeps what it has and never hears of the change",
            "nothing changes"),
    VOID_AND_RESTORE("Void bill and restore stock", "the bill is voided and its items go back into stock",
            "records the bill with its legal number, as voided, and puts its stock back", "refund the whole bill"),
    REDUCE_QUANTITIES("Reduce quantities", "the short items are cut to what the server has in stock and the payments lowered",
            "gets the reduced bill", "take the goods back and refund the difference"),
    SUPERVISOR_OVERRIDE("Sell anyway (override)", "the bill stays as rung up, with your approval recorded",
            "accepts the bill; its stock may go below zero until the next delivery", "nothing changes"),
    RELINK_PRODUCT("Re-link product", "the lines of products the server does not have point to its product with the same SKU "
            + "or barcode, and the sold quantity moves to it", "gets the bill for its own product", "nothing changes");

    private final String label;
    private final String till;
    private final String server;
    private final String customer;

    ConflictChoice(String label, String till, String server, String customer) {
        this.label = label;
        this.till = till;
        this.server = server;
        this.customer = customer;
    }

    public String label() {
        return label;
    }

    /** "This till: ... Server: ... Customer: ..." with the customer's part as given (e.g. with the refund amount). */
    public String explanation(String customerPart) {
        return "This till: " + till + ".\nServer: " + server + ".\nCustomer: " + customerPart + ".";
    }

    public String explanation() {
        return explanation(customer);
    }

    public String customer() {
        return customer;
    }
}
