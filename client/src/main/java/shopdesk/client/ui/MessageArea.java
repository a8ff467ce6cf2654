package shopdesk.client.ui;

import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * A message line that wraps: a long message takes a second line instead of being cut at the window's edge.
 * Looks like a label (not editable, no focus, no border); its height follows the width it is given.
 */
public final class MessageArea extends JTextArea {
    private int laidOutWidth = -1;

    public MessageArea(String name) {
        super(" ");
        setName(name);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
    }

    /**
     * Text for a message box: about {@code columns} characters wide (wider with a larger text size) and as many
     * lines as it needs, where JOptionPane would put it on one line wider than a small screen.
     */
    public static MessageArea paragraph(String text, int columns) {
        MessageArea a = new MessageArea("message.paragraph");
        a.setText(text);
        a.setColumns(columns);
        a.setSize(a.getPreferredSize().width, Short.MAX_VALUE);   // the wrapped height is known before the box packs
        return a;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder());
        setFont(UIManager.getFont("Label.font"));
        setForeground(UIManager.getColor("Label.foreground"));
    }

    /** Never asks for more width than one word: the layout gives it the width and it wraps inside it. */
    @Override
    public Dimension getMinimumSize() {
        Dimension d = super.getMinimumSize();
        return new Dimension(Math.min(d.width, 50), d.height);
    }

    /** A new width changes how many lines the text takes, so the layout is asked again once. */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        if (width != laidOutWidth) {
            laidOutWidth = width;
            SwingUtilities.invokeLater(this::revalidate);
        }
    }

    @Override
    public void setText(String t) {
        super.setText(t == null || t.isEmpty() ? " " : t);
        setToolTipText(null);
        revalidate();
    }
}
