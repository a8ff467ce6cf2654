package shopdesk.client.catalog;

import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.ShopDeskException;

/** Create or edit a customer with inline validation. */
public final class CustomerFormPresenter {
    public static final String NAME = "name", PHONE = "phone", EMAIL = "email";
    private final CatalogPort catalog;
    private final SessionHolder sessions;
    private final FormErrors errors = new FormErrors();
    private CustomerView editing;

    public CustomerFormPresenter(CatalogPort catalog, SessionHolder sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
    }

    public void edit(CustomerView c) {
        editing = c;
        errors.clear();
    }

    public Optional<CustomerView> save(String name, String phone, String email) {
        errors.clear();
        if (name == null || name.isBlank()) errors.add(NAME, Messages.get("customer.error.name"));
        if (phone != null && !phone.isBlank() && !phone.trim().matches("\\+?[0-9 ]{6,20}")) {
            errors.add(PHONE, Messages.get("customer.error.phone"));
        }
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(EMAIL, Messages.get("customer.error.email"));
        }
        if (!errors.isEmpty()) return Optional.empty();
        try {
            CustomerView saved = catalog.saveCustomer(sessions.require().actor(), new CustomerForm(
                    editing == null ? null : editing.id(), editing == null ? 0 : editing.version(), name.trim(),
                    Inputs.blankToNull(phone), Inputs.blankToNull(email)));
            editing = saved;
            return Optional.of(saved);
        } catch (ShopDeskException e) {
            errors.add(e.field() == null ? NAME : e.field(), Messages.of(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            errors.add(NAME, PlainMessages.forFailure(Messages.get("customer.notSaved"), e));
            return Optional.empty();
        }
    }

    public FormErrors errors() {
        return errors;
    }
}
