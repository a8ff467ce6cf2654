package shopdesk.client.dayclose;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;
import shopdesk.client.ui.Swing;
import shopdesk.dal.money.Money;

/**
 * The "Close the day" screen: float, cash in and out on the left, the count below them, the X or Z report on the
 * right. Thin: every decision is the presenter's. {@code askSupervisor} asks a supervisor to approve a variance.
 */
public final class DayClosePanel extends JPanel {
    private final DayClosePresenter presenter;
    private final Function<List<String>, Optional<Session>> askSupervisor;
    private final JLabel status = named(new JLabel(), "dayClose.status");
    private final JLabel message = named(new JLabel(" "), "dayClose.message");
    private final JTextField floatAmount = named(new JTextField(8), "dayClose.float.amount");
    private final JTextField moveAmount = named(new JTextField(8), "dayClose.cash.amount");
    private final JTextField moveReason = named(new JTextField(16), "dayClose.cash.reason");
    private final List<JTextField> counts = new ArrayList<>();
    private final JTextField countTotal = named(new JTextField(8), "dayClose.count.total");
    private final JLabel preview = named(new JLabel(" "), "dayClose.count.preview");
    private final JTextArea report = named(new JTextArea(), "dayClose.report");

    public DayClosePanel(DayClosePresenter presenter, Function<List<String>, Optional<Session>> askSupervisor) {
        super(new MigLayout("insets dialog, fill", "[][grow, fill]", "[][grow, fill][]"));
        this.presenter = presenter;
        this.askSupervisor = askSupervisor;
        add(status, "span 2, wrap");
        add(left(), "aligny top");
        report.setEditable(false);
        report.setFont(new Font(Font.MONOSPACED, Font.PLAIN, report.getFont().getSize()));
        add(new JScrollPane(report), "wrap");
        add(message, "span 2, growx");
        refresh();
    }

    private JPanel left() {
        JPanel p = new JPanel(new MigLayout("insets 0, wrap 4", "[right][110!, fill][right][110!, fill]"));
        p.add(heading("dayClose.section.float"), "span 4, left");
        p.add(Swing.labelFor(Messages.get("dayClose.amount"), floatAmount));
        p.add(floatAmount);
        p.add(button(Messages.get("dayClose.float.open"), "dayClose.float.open", () -> show(presenter.openFloat(floatAmount.getText()))), "span 2, wrap");
        p.add(heading("dayClose.section.cash"), "span 4, left, gaptop para");
        p.add(Swing.labelFor(Messages.get("dayClose.amount"), moveAmount));
        p.add(moveAmount, "span 3");
        p.add(Swing.labelFor(Messages.get("dayClose.reason"), moveReason));
        p.add(moveReason, "span 3");
        p.add(new JLabel());
        p.add(button(Messages.get("dayClose.cashIn"), "dayClose.cash.in", () -> show(presenter.cashIn(moveAmount.getText(), moveReason.getText()))));
        p.add(button(Messages.get("dayClose.cashOut"), "dayClose.cash.out", () -> show(presenter.cashOut(moveAmount.getText(), moveReason.getText()))), "wrap");
        p.add(heading("dayClose.section.count"), "span 4, split 2, left, gaptop para");
        p.add(new JLabel(Messages.get("dayClose.section.countHint")), "gaptop para");
        for (Long value : presenter.denominations()) {
            JTextField f = named(new JTextField(4), "dayClose.count." + value);
            counts.add(f);
            p.add(Swing.labelFor(Money.format(value) + " x", f));
            p.add(f);
        }
        if (counts.size() % 2 == 1) p.add(new JLabel(), "span 2");
        p.add(Swing.labelFor(Messages.get("dayClose.count.orTotal"), countTotal));
        p.add(countTotal);
        p.add(button(Messages.get("dayClose.count.check"), "dayClose.count.check", this::check), "span 2");
        p.add(preview, "span 4, left");
        p.add(button(Messages.get("dayClose.x"), "dayClose.x", () -> {
            report.setText(String.join("\n", presenter.xReport()));
            message.setText(Messages.get("dayClose.x.taken"));
        }), "span 2, gaptop para");
        p.add(button(Messages.get("dayClose.z"), "dayClose.z", this::closeDay), "span 2, gaptop para");
        p.add(button(Messages.get("dayClose.print"), "dayClose.print", () -> message.setText(presenter.printShown())), "span 4");
        return p;
    }

    private void check() {
        CountPreview c = presenter.preview(texts(), countTotal.getText());
        // two lines: the left column is as wide as the count grid
        preview.setText(c.error() != null ? "<html>" + c.error() + "</html>" : "<html>" + Messages.get("dayClose.preview.counted",
                Money.format(c.counted()), Money.format(c.expected())) + "<br>" + Messages.get("dayClose.preview.variance",
                Money.format(c.variance())) + (c.needsApproval() ? " " + Messages.get("dayClose.preview.approve") : "") + "</html>");
    }

    private void closeDay() {
        check();
        CountPreview c = presenter.preview(texts(), countTotal.getText());
        if (c.error() != null) {
            message.setText(c.error());
            return;
        }
        Session approver = null;
        if (c.needsApproval()) {
            approver = askSupervisor.apply(List.of(Messages.get("dayClose.approval.counted", Money.format(c.counted())),
                    Messages.get("dayClose.approval.expected", Money.format(c.expected())),
                    Messages.get("dayClose.approval.variance", Money.format(c.variance())))).orElse(null);
            if (approver == null) {
                message.setText(Messages.get("dayClose.approval.missing", Money.format(c.variance())));
                return;
            }
        }
        Optional<String> problem = presenter.closeDay(texts(), countTotal.getText(), approver);
        if (problem.isPresent()) {
            message.setText(problem.get());
            return;
        }
        report.setText(String.join("\n", presenter.reportLines()));
        report.setCaretPosition(0);
        message.setText(presenter.outcome());
        counts.forEach(f -> f.setText(""));
        countTotal.setText("");
        refresh();
    }

    private List<String> texts() {
        return counts.stream().map(JTextField::getText).toList();
    }

    private void show(Optional<String> problem) {
        message.setText(problem.orElse(presenter.outcome()));
        if (problem.isEmpty()) {
            floatAmount.setText("");
            moveAmount.setText("");
            moveReason.setText("");
        }
        refresh();
    }

    private void refresh() {
        status.setText(presenter.status());
    }

    /** A section's heading in bold; plain text (no HTML), whose width Swing measures right in Devanagari too. */
    private static JLabel heading(String key) {
        JLabel l = new JLabel(Messages.get(key));
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        return l;
    }

    private static JButton button(String text, String name, Runnable action) {
        JButton b = named(new JButton(text), name);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static <T extends java.awt.Component> T named(T c, String name) {
        c.setName(name);
        return c;
    }
}
