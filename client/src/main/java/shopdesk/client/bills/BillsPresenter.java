package shopdesk.client.bills;

import java.util.List;
import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.sale.SalesPort;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.protocol.ChangeAction;

/** The bills list: paged and searchable, one bill's details, void with a reason approved by a supervisor. */
public final class BillsPresenter {
    public static final int PAGE_SIZE = 50;
    private final SalesPort sales;
    private final SessionHolder sessions;
    private String query = "";
    private PageRequest page = PageRequest.first(PAGE_SIZE);
    private Page<BillView> current = new Page<>(List.of(), page, false);
    private String message = "";

    public BillsPresenter(SalesPort sales, SessionHolder sessions) {
        this.sales = sales;
        this.sessions = sessions;
    }

    public List<BillView> search(String q) {
        query = q == null ? "" : q.trim();
        page = PageRequest.first(PAGE_SIZE);
        return load();
    }

    public List<BillView> refresh() {
        return load();
    }

    public boolean hasNext() {
        return current.hasMore();
    }

    public boolean hasPrevious() {
        return page.offset() > 0;
    }

    public List<BillView> next() {
        if (hasNext()) page = page.next();
        return load();
    }

    public List<BillView> previous() {
        if (hasPrevious()) page = new PageRequest(Math.max(0, page.offset() - page.limit()), page.limit());
        return load();
    }

    public String pageText() {
        int from = current.items().isEmpty() ? 0 : page.offset() + 1;
        return from + "-" + (page.offset() + current.items().size()) + (current.hasMore() ? " of more" : "");
    }

    public List<BillView> rows() {
        return current.items();
    }

    public Optional<BillView> details(String billId) {
        return sales.find(billId);
    }

    /** A cashier needs a supervisor's approval to void; a supervisor approves themselves. */
    public boolean needsApproval() {
        return !sessions.current().map(s -> RoleMatrix.allows(s.role(), ChangeAction.VOID_BILL)).orElse(false);
    }

    /** Voids with the approver (the logged-in supervisor, or one who logged in to approve) as the actor. */
    public boolean voidBill(String billId, String reason, Session approver) {
        if (reason == null || reason.isBlank()) {
            message = Messages.get("bills.error.reason");
            return false;
        }
        Session who = approver != null ? approver : sessions.require();
        if (!RoleMatrix.allows(who.role(), ChangeAction.VOID_BILL)) {
            message = Messages.get("bills.error.approval");
            return false;
        }
        try {
            BillView v = sales.voidBill(who.actor(), billId, reason.trim());
            message = Messages.get("bills.voided", v.localLabel());
            load();
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure("The bill was not voided", e);
            return false;
        }
    }

    public String message() {
        return message;
    }

    private List<BillView> load() {
        current = sales.list(query, page);
        return current.items();
    }
}
