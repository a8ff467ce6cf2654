package shopdesk.client.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Robot;
import java.awt.event.ActionListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key a button shows, "Complete (F12)", really presses that button, pressed on a real keyboard (Robot) in
 * the real window with its menu bar; found by walking the window, so a new button with a key is covered too.
 */
@Gui
class ButtonShortcutsTest {
    /** The key at the end of a button's text: "(F12)", "(Ctrl+L)", "(Shift+F4)". */
    static final Pattern SHOWN_KEY = Pattern.compile("^(.*\\S)\\s*\\(((?:Ctrl\\+|Alt\\+|Shift\\+)*(?:F\\d{1,2}|[A-Z0-9]))\\)$");
    static final int TABS = 4;
    @TempDir
    Path dir;
    FakeTillWindow till;
    Robot robot;

    @BeforeEach
    void open() throws Exception {
        till = new FakeTillWindow(dir);
        till.show(1024, 768);
        till.login("ravi", "ravi123");
        robot = new Robot();
        robot.setAutoDelay(10);
        Edt.run(() -> {
            till.window.toFront();
            till.window.requestFocus();
        });
        Edt.waitFor("the window has the keyboard", () -> till.window.isFocused());
    }

    @AfterEach
    void close() {
        if (till != null) till.close();
    }

    @Test
    void everyKeyShownOnAButtonPressesThatButton() {
        Map<String, String> pressed = new HashMap<>();
        for (int tab = 0; tab < TABS; tab++) {
            int t = tab;
            Edt.run(() -> till.window.view().showTab(t));
            for (AbstractButton b : Edt.call(() -> buttonsWithKeys(till.window.getContentPane()))) {
                String key = Edt.call(() -> shownKey(b));
                AtomicInteger clicks = new AtomicInteger();
                Edt.run(() -> {
                    for (ActionListener l : b.getActionListeners()) b.removeActionListener(l);   // record instead of act
                    b.addActionListener(e -> clicks.incrementAndGet());
                });
                press(KeyStroke.getKeyStroke(key));
                Edt.waitFor(key + " to press " + b.getName(), () -> clicks.get() == 1);
                assertThat(Edt.call(() -> MenuSelectionManager.defaultManager().getSelectedPath().length))
                        .as("%s opened a menu", key).isZero();
                pressed.put(b.getName(), key);
            }
        }
        assertThat(pressed).containsEntry("sale.search", "F2").containsEntry("sale.quantity", "F3")
                .containsEntry("sale.customer", "F4").containsEntry("sale.payCash", "F5").containsEntry("sale.payCard", "F6")
                .containsEntry("sale.payUpi", "F7").containsEntry("sale.remove", "F8").containsEntry("sale.new", "F10")
                .containsEntry("sale.complete", "F12").containsEntry("till.lock", "ctrl L");
    }

    @Test
    void f10StartsANewSaleInsteadOfOpeningTheTillMenu() {
        till.scan("8901000000011");
        till.scan("SOAP-1");
        JTable lines = Edt.find(till.window, "sale.lines");
        assertThat(Edt.call(lines::getRowCount)).isEqualTo(2);
        press(KeyStroke.getKeyStroke("F10"));
        // a sale with lines is never dropped silently: the till asks, and the cashier drops it
        Edt.waitFor("the hold-or-drop question", () -> Edt.showingDialog().isPresent());
        JDialog ask = Edt.showingDialog().orElseThrow();
        Edt.run(() -> buttonWithText(ask, "Drop it").doClick());
        Edt.waitFor("the new sale", () -> lines.getRowCount() == 0);
        assertThat(Windows.text(till.window, "sale.message")).isEqualTo("New sale");
        assertThat(Edt.call(() -> MenuSelectionManager.defaultManager().getSelectedPath().length)).isZero();
    }

    @Test
    void noButtonKeyIsAMenuMnemonicAndNoTwoButtonsShareAKey() {
        Map<String, String> buttonKeys = new HashMap<>();   // key -> the button's words
        for (int tab = 0; tab < TABS; tab++) {
            int t = tab;
            Edt.run(() -> till.window.view().showTab(t));
            for (AbstractButton b : Edt.call(() -> buttonsWithKeys(till.window.getContentPane()))) {
                String key = Edt.call(() -> shownKey(b));
                String words = Edt.call(() -> shownWords(b));
                String before = buttonKeys.putIfAbsent(key, words);
                assertThat(before == null || before.equals(words)).as("%s is on both %s and %s", key, before, words).isTrue();
            }
        }
        List<JMenuItem> menus = Edt.call(() -> menuItems(till.window.getJMenuBar().getSubElements()));
        assertThat(menus).isNotEmpty();
        for (JMenuItem m : menus) {
            int mnemonic = Edt.call(m::getMnemonic);
            if (mnemonic != 0) {
                String alt = KeyStroke.getKeyStroke(mnemonic, InputEvent.ALT_DOWN_MASK).toString().replace("pressed ", "");
                assertThat(buttonKeys).as("menu %s opens with %s", m.getText(), alt).doesNotContainKey(alt);
            }
            KeyStroke acc = Edt.call(m::getAccelerator);
            if (acc != null) {
                String key = acc.toString().replace("pressed ", "");
                if (buttonKeys.containsKey(key)) {
                    assertThat(m.getText()).as("%s does two things", key).isEqualTo(buttonKeys.get(key));
                }
            }
        }
    }

    /** Showing buttons whose text ends with a key in brackets. */
    static List<AbstractButton> buttonsWithKeys(Container root) {
        List<AbstractButton> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b && b.isShowing() && b.getText() != null && SHOWN_KEY.matcher(b.getText()).matches()) {
                out.add(b);
            }
            if (c instanceof Container k) out.addAll(buttonsWithKeys(k));
        }
        return out;
    }

    /** "Complete (F12)" gives "F12", "Lock (Ctrl+L)" gives "ctrl L": KeyStroke's own spelling. */
    static String shownKey(AbstractButton b) {
        Matcher m = SHOWN_KEY.matcher(b.getText());
        if (!m.matches()) throw new IllegalArgumentException(b.getText());
        String[] parts = m.group(2).split("\\+");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) s.append(parts[i].toLowerCase()).append(' ');
        String key = s.append(parts[parts.length - 1]).toString();
        if (KeyStroke.getKeyStroke(key) == null) throw new IllegalArgumentException("Not a key: " + m.group(2));
        return key;
    }

    static String shownWords(AbstractButton b) {
        Matcher m = SHOWN_KEY.matcher(b.getText());
        return m.matches() ? m.group(1) : b.getText();
    }

    static List<JMenuItem> menuItems(MenuElement[] elements) {
        List<JMenuItem> out = new ArrayList<>();
        for (MenuElement e : elements) {
            if (e instanceof JMenuItem i) out.add(i);
            if (e instanceof JMenu m) out.addAll(menuItems(m.getPopupMenu().getSubElements()));
            else out.addAll(menuItems(e.getSubElements()));
        }
        return out;
    }

    private static javax.swing.AbstractButton buttonWithText(java.awt.Container root, String text) {
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof javax.swing.AbstractButton b && text.equals(b.getText())) return b;
            if (c instanceof java.awt.Container inner) {
                javax.swing.AbstractButton found = buttonWithText(inner, text);
                if (found != null) return found;
            }
        }
        return null;
    }

    private void press(KeyStroke k) {
        List<Integer> held = new ArrayList<>();
        if ((k.getModifiers() & InputEvent.CTRL_DOWN_MASK) != 0) held.add(KeyEvent.VK_CONTROL);
        if ((k.getModifiers() & InputEvent.ALT_DOWN_MASK) != 0) held.add(KeyEvent.VK_ALT);
        if ((k.getModifiers() & InputEvent.SHIFT_DOWN_MASK) != 0) held.add(KeyEvent.VK_SHIFT);
        held.forEach(robot::keyPress);
        robot.keyPress(k.getKeyCode());
        robot.keyRelease(k.getKeyCode());
        for (int i = held.size() - 1; i >= 0; i--) robot.keyRelease(held.get(i));
    }
}
