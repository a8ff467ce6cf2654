package shopdesk.client.reports;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;

/** The reports in their own window beside the till, so a sale can go on while a supervisor reads them. */
public final class ReportsWindow {
    private ReportsWindow() {
    }

    /** Opens the reports if the logged-in user may see them, else says why. */
    public static void openFor(Component parent, Optional<Session> session, Supplier<ReportsPresenter> presenter) {
        Optional<String> refusal = ReportAccess.refusal(session);
        if (refusal.isPresent()) {
            JOptionPane.showMessageDialog(parent, refusal.get(), Messages.get("reports.heading"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        open(parent, presenter.get());
    }

    public static JFrame open(Component parent, ReportsPresenter presenter) {
        JFrame f = new JFrame(Messages.get("reports.title"));
        f.setName("reports.window");
        f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        ReportsPanel panel = new ReportsPanel(presenter);
        f.setContentPane(panel);
        panel.registerKeyboardAction(e -> f.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        f.setSize(1024, 768);
        f.setLocationRelativeTo(parent == null ? null : SwingUtilities.getWindowAncestor(parent) != null
                ? SwingUtilities.getWindowAncestor(parent) : parent);
        panel.showReport();
        f.setVisible(true);
        return f;
    }
}
