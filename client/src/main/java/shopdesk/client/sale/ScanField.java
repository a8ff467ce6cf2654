package shopdesk.client.sale;

import javax.swing.JTextField;

/**
 * Where scanners type: a barcode scanner is a keyboard that ends with Enter. Enter adds the product and
 * clears the field; a code that is not found stays, selected, to be corrected. Esc clears.
 */
public final class ScanField extends JTextField {

    public ScanField(SalePresenter presenter) {
        super(24);
        setName("sale.scan");
        putClientProperty("JTextField.placeholderText", "Scan or type barcode / SKU, Enter (3*CODE for three)");
        putClientProperty("FlatLaf.styleClass", "large");
        addActionListener(e -> {
            if (presenter.scan(getText())) {
                setText("");
            } else {
                selectAll();
            }
        });
        shopdesk.client.ui.Keys.bindFocused(this, "ESCAPE", "clearScan", () -> setText(""));
    }
}
