package shopdesk.client.app;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JWindow;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;

/** Shown while the database opens and migrates, which can take a few seconds on a slow disk. */
public final class Splash extends JWindow {
    private final JLabel step = new JLabel(Messages.get("splash.starting"));

    public Splash() {
        JPanel p = new JPanel(new MigLayout("insets 24, wrap 1", "[360!, fill]"));
        p.setBorder(BorderFactory.createLineBorder(javax.swing.UIManager.getColor("Component.borderColor")));
        JLabel title = new JLabel("ShopDesk");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h00");
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        step.setName("splash.step");
        p.add(title);
        p.add(step);
        p.add(bar);
        setContentPane(p);
        pack();
        setLocationRelativeTo(null);
    }

    public void step(String text) {
        javax.swing.SwingUtilities.invokeLater(() -> step.setText(text));
    }
}
