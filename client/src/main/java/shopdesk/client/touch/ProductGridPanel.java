package shopdesk.client.touch;

import java.awt.Dimension;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.Money;

/**
 * The touch layout beside the sale's item table: categories as tabs, products as large tiles (name and price),
 * − and + for the quantity of the line last rung up, and a numeric keypad. Sized for a finger at 1024x768:
 * tiles at least 96x72, keys at least 48x44 pixels (more at larger text sizes).
 */
public final class ProductGridPanel extends JPanel {
    static final int COLUMNS = 3;
    private final TouchGridPresenter presenter;
    private final TouchActions actions;
    private final JTabbedPane tabs = new JTabbedPane();
    private final Keypad keypad = new Keypad();

    public ProductGridPanel(TouchGridPresenter presenter, TouchActions actions) {
        super(new MigLayout("insets 0, fill, wrap 1", "[fill]", "[grow, fill][][]"));
        setName("touch.grid");
        this.presenter = presenter;
        this.actions = actions;
        tabs.setName("touch.tabs");
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        tabs.putClientProperty("FlatLaf.style", "tabHeight: 40");
        add(tabs, "wmin 0");
        JButton minus = big("touch.minus", "−", Messages.get("touch.minus"), () -> actions.changeQuantity(-1));
        JButton plus = big("touch.plus", "+", Messages.get("touch.plus"), () -> actions.changeQuantity(1));
        add(minus, "split 2, sg qty, h 48!");
        add(plus, "sg qty, h 48!");
        add(keypad);
        reload();
    }

    public Keypad keypad() {
        return keypad;
    }

    /** Reads the catalog again (a product added or repriced shows on the next visit to the sale screen). */
    public void reload() {
        int selected = Math.max(0, tabs.getSelectedIndex());
        tabs.removeAll();
        for (String tab : presenter.reload()) tabs.addTab(tab, page(presenter.tiles(tab)));
        if (selected < tabs.getTabCount()) tabs.setSelectedIndex(selected);
    }

    private JScrollPane page(List<ProductView> products) {
        JPanel p = new JPanel(new MigLayout("insets 4, wrap " + COLUMNS + ", gap 6", "[sg tile, fill, 96:120:]", "[sg tile, fill, 72:80:]"));
        for (ProductView product : products) p.add(tile(product));
        JScrollPane scroll = new JScrollPane(p, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(null);
        scroll.setMinimumSize(new Dimension(0, 80));
        return scroll;
    }

    private JButton tile(ProductView p) {
        JButton b = new JButton("<html><center>" + escape(p.name()) + "<br><b>" + escape(Money.format(p.unitPrice()))
                + "</b></center></html>");
        b.setName("touch.tile." + p.sku());
        b.setFocusable(false);
        b.setToolTipText(p.name() + " (" + p.sku() + ")");
        b.getAccessibleContext().setAccessibleName(p.name() + ", " + Money.format(p.unitPrice()));
        b.addActionListener(e -> actions.addOne(p));
        return b;
    }

    private static JButton big(String name, String text, String accessible, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setFocusable(false);
        b.putClientProperty("FlatLaf.style", "font: +8 bold");
        b.setToolTipText(accessible);
        b.getAccessibleContext().setAccessibleName(accessible);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
