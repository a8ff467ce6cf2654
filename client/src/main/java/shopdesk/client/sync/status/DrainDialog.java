package shopdesk.client.sync.status;

import java.awt.Component;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.DialogFrame;

/** Closing with entries pending: sends them with a progress bar; Quit anyway is always there. */
public final class DrainDialog {
    private DrainDialog() {
    }

    /** Returns when the queue is drained, the timeout ran out, or the user chose to quit anyway. */
    public static void show(Component parent, DrainPresenter presenter, Duration timeout) {
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 1", "[400!, fill]"));
        JLabel question = new JLabel("<html>" + presenter.question() + "</html>");
        JProgressBar bar = new JProgressBar(0, 100);
        bar.setName("drain.progress");
        bar.setIndeterminate(true);
        JLabel text = new JLabel(" ");
        text.setName("drain.text");
        JButton quit = new JButton(Messages.get("drain.quit"));
        quit.setName("drain.quit");
        p.add(question);
        p.add(bar);
        p.add(text);
        p.add(quit, "tag cancel, growx 0");
        JDialog d = DialogFrame.create(parent, "drain.dialog", Messages.get("drain.title"), p, quit);
        quit.addActionListener(e -> d.dispose());
        Thread worker = new Thread(() -> {
            boolean done = presenter.drain(timeout, () -> SwingUtilities.invokeLater(() -> {
                bar.setIndeterminate(false);
                bar.setValue(presenter.percent());
                text.setText(presenter.text());
            }));
            SwingUtilities.invokeLater(() -> {
                if (done) d.dispose();
                else quit.setText("Quit");
            });
        }, "drain-on-close");
        worker.setDaemon(true);
        worker.start();
        d.setVisible(true);
    }
}
