package shopdesk.dal.customer;

import shopdesk.dal.common.Text;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;

/** What a user enters for a customer; phone and email are optional. */
public record CustomerDraft(String name, String phone, String email) {

    public CustomerDraft validated() {
        String n = Text.required("name", name, 200, ErrorText.LABEL_CUSTOMER_NAME);
        String p = Text.optional("phone", phone, 32, ErrorText.LABEL_PHONE);
        if (p != null && !p.matches("\\+?[0-9 ()\\-]{3,32}")) {
            throw new ValidationException("phone", ErrorText.PHONE_INVALID);
        }
        String e = Text.optional("email", email, 200, ErrorText.LABEL_EMAIL);
        if (e != null && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("email", ErrorText.EMAIL_INVALID);
        }
        return new CustomerDraft(n, p, e);
    }
}
