package shopdesk.client.sale;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Predicate;
import javax.swing.JTextField;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Swing;

/**
 * Where scanners type: a barcode scanner is a keyboard that ends with Enter. Enter adds the product and
 * clears the field; a code that is not found stays, selected, to be corrected. Esc clears. A barcode several
 * products share asks which one (never the oldest silently).
 */
public final class ScanField extends JTextField {

    /** {@code pickAmong} asks which product a shared barcode meant; true when one was added. */
    public ScanField(SalePresenter presenter, Predicate<AmbiguousScan> pickAmong) {
        super(24);
        setName("sale.scan");
        Swing.hint(this, Messages.get("sale.scan.hint"));
        putClientProperty(FlatClientProperties.STYLE_CLASS, "large");
        addActionListener(e -> {
            if (presenter.scan(getText())
                    || presenter.takeAmbiguousScan().map(pickAmong::test).orElse(false)) {
                setText("");
            } else {
                selectAll();
            }
        });
        shopdesk.client.ui.Keys.bindFocused(this, "ESCAPE", "clearScan", () -> setText(""));
    }
}
