package shopdesk.client.sync.conflict;

import shopdesk.client.i18n.Messages;

/**
 * What a supervisor may do with a conflict, each with what happens on this till, on the server and to the
 * customer, in the words the dialog shows (conflict.choice.NAME.label/till/server/customer in the bundles).
 */
public enum ConflictChoice {
    KEEP_MINE, TAKE_THEIRS, MERGE, DISCARD, VOID_AND_RESTORE, REDUCE_QUANTITIES, SUPERVISOR_OVERRIDE, RELINK_PRODUCT;

    private String text(String part) {
        return Messages.get("conflict.choice." + name() + "." + part);
    }

    public String label() {
        return text("label");
    }

    /** "This till: ... Server: ... Customer: ..." with the customer's part as given (e.g. with the refund amount). */
    public String explanation(String customerPart) {
        return Messages.get("conflict.explanation", text("till"), text("server"), customerPart);
    }

    public String explanation() {
        return explanation(customer());
    }

    public String customer() {
        return text("customer");
    }
}
