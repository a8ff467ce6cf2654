package shopdesk.client.session;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.DialogFrame;
import shopdesk.client.ui.Palette;
import shopdesk.client.ui.Swing;

/** A supervisor logs in with their own name and password to approve one action. */
public final class SupervisorLoginDialog {
    private SupervisorLoginDialog() {
    }

    public static Optional<Session> ask(Component parent, SupervisorApproval approval, String why, List<String> details) {
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 2", "[][250!, fill]"));
        JLabel title = new JLabel(why);
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        p.add(title, "span 2");
        for (String d : details) p.add(new JLabel(d), "span 2");
        JTextField user = new JTextField();
        user.setName("supervisor.username");
        JPasswordField pass = new JPasswordField();
        pass.setName("supervisor.password");
        JLabel error = new JLabel(" ");
        error.setName("supervisor.error");
        Palette.error(error);
        p.add(Swing.labelFor(Messages.get("approve.user"), user), "gaptop para");
        p.add(user);
        p.add(Swing.labelFor(Messages.get("approve.password"), pass));
        p.add(pass);
        p.add(error, "span 2");
        JButton ok = new JButton(Messages.get("approve.ok"));
        ok.setName("supervisor.approve");
        JButton cancel = new JButton(Messages.get("sale.leave.cancel"));
        cancel.setName("supervisor.cancel");
        p.add(cancel, "span 2, split 2, tag cancel");
        p.add(ok, "tag ok");
        Session[] result = new Session[1];
        JDialog d = DialogFrame.create(parent, "supervisor.dialog", Messages.get("approve.title"), p, ok);
        ok.addActionListener(e -> {
            Optional<Session> s = approval.approve(user.getText(), pass.getPassword());
            pass.setText("");
            if (s.isPresent()) {
                result[0] = s.get();
                d.dispose();
            } else {
                error.setText(approval.error());
            }
        });
        cancel.addActionListener(e -> d.dispose());
        d.setVisible(true);
        return Optional.ofNullable(result[0]);
    }
}
