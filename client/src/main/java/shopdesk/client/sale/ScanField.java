package shopdesk.client.sale;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JTextField;

/**
 * Where scanners type: a barcode scanner is a keyboard that ends with Enter. Enter adds the product and
 * clears the field; a code that is not found stays, selected, to be corrected. Esc clears.
 */
public final class ScanField extends JTextField {

    public ScanField(SalePresenter presenter) {
        super(24);
        setName("sale.scan");
        putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Scan or type barcode / SKU, Enter (3*CODE for three)");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "large");
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
