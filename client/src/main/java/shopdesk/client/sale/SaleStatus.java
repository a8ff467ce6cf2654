package shopdesk.client.sale;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import shopdesk.client.i18n.Messages;

/**
 * What the sale screen says besides the sale: its message line (an error or not) and the selected line. Every
 * message tells the listeners, so the views render again.
 */
final class SaleStatus {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String message = Messages.get("sale.msg.scan");
    private boolean isError;
    private int selectedLine = -1;

    String message() {
        return message;
    }

    boolean isError() {
        return isError;
    }

    int selectedLine() {
        return selectedLine;
    }

    void select(int line) {
        selectedLine = line;
    }

    void addListener(Runnable l) {
        listeners.add(l);
    }

    /** Says what was done; true, so an action can return it. */
    boolean info(String text) {
        return say(text, false, true);
    }

    /** Says what was done but needs a look (low stock, a changed price); true. */
    boolean warn(String text) {
        return say(text, true, true);
    }

    /** Says why nothing was done; false. */
    boolean error(String text) {
        return say(text, true, false);
    }

    /** An input the rules refused: its message, as an error; false. */
    boolean refused(RuntimeException e) {
        return error(Messages.of(e));   // a service error in the till's language
    }

    SaleOutcome notReady(String text) {
        error(text);
        return new SaleOutcome.NotReady(text);
    }

    private boolean say(String text, boolean error, boolean result) {
        message = text;
        isError = error;
        listeners.forEach(Runnable::run);
        return result;
    }
}
