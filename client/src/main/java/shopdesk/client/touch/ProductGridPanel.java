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
 * The touch layout beside the sale's item table: categories as tabs, products as large tiles (picture, name, price),
 * − and + for the quantity of the line last rung up, and a numeric keypad. Sized for a finger at 1024x768:
 * tiles at least 96x72, keys at least 48x44 pixels (more at larger text sizes).
 */
public final class ProductGridPanel extends JPanel {
    static final int COLUMNS = 3;
    /** Pictures on tiles are scaled to this side so a tile with one stays about the size of one without. */
    static final int TILE_IMAGE = 40;
    /** The grid's share of the width beside the payments, and its most. */
    static final float SHARE = 0.32f;
    static final int MAX_WIDTH = 600;
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
        TilePage p = new TilePage();
        for (ProductView product : products) p.add(tile(product));
        JScrollPane scroll = new JScrollPane(p, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(null);
        scroll.setMinimumSize(new Dimension(0, 80));
        return scroll;
    }

    /**
     * The grid takes about a third of the room beside the payments, between a width that still holds two tiles and
     * the keypad (a 1024x768 screen) and one that holds four or five (1920x1080), so the item table keeps the rest.
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension pref = super.getPreferredSize();
        java.awt.Container parent = getParent();
        if (parent == null || parent.getWidth() == 0) return pref;
        int min = minimumWidth();
        int wanted = Math.round(parent.getWidth() * SHARE);
        return new Dimension(Math.max(min, Math.min(wanted, MAX_WIDTH)), pref.height);
    }

    private int minimumWidth() {
        return Math.max(keypad.getPreferredSize().width + 12, 2 * TilePage.MIN_TILE_WIDTH + TilePage.GAP + 8);
    }

    private JButton tile(ProductView p) {
        JButton b = new JButton("<html><center>" + escape(p.name()) + "<br><b>" + escape(Money.format(p.unitPrice()))
                + "</b></center></html>");
        b.setName("touch.tile." + p.sku());
        javax.swing.ImageIcon icon = shopdesk.client.catalog.ProductImages.icon(p.image(), TILE_IMAGE);
        if (icon != null) {
            b.setIcon(icon);
            b.setVerticalTextPosition(JButton.BOTTOM);
            b.setHorizontalTextPosition(JButton.CENTER);
        }
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
