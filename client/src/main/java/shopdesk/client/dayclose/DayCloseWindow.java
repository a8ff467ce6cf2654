package shopdesk.client.dayclose;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;

/** "Close the day" in its own window beside the till. */
public final class DayCloseWindow {
    private DayCloseWindow() {
    }

    /** Opens the screen when someone is logged in, else says who may. */
    public static void openFor(Component parent, Optional<Session> session, java.util.function.Supplier<DayClosePresenter> presenter,
                               Function<List<String>, Optional<Session>> askSupervisor) {
        if (session.isEmpty()) {
            JOptionPane.showMessageDialog(parent, Messages.get("dayClose.loginFirst"), Messages.get("dayClose.heading"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        open(parent, presenter.get(), askSupervisor);
    }

    public static JFrame open(Component parent, DayClosePresenter presenter, Function<List<String>, Optional<Session>> askSupervisor) {
        JFrame f = new JFrame(Messages.get("dayClose.title"));
        f.setName("dayClose.window");
        f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        DayClosePanel panel = new DayClosePanel(presenter, askSupervisor);
        f.setContentPane(panel);
        panel.registerKeyboardAction(e -> f.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        f.setSize(1024, 768);
        f.setLocationRelativeTo(parent == null ? null : SwingUtilities.getWindowAncestor(parent) != null
                ? SwingUtilities.getWindowAncestor(parent) : parent);
        f.setVisible(true);
        return f;
    }
}
