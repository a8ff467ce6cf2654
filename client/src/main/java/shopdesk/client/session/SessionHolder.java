package shopdesk.client.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The current session of the till (none while locked); screens listen to log-in, lock and switch. */
public final class SessionHolder {
    private volatile Session current;
    private final List<Consumer<Optional<Session>>> listeners = new CopyOnWriteArrayList<>();

    public Optional<Session> current() {
        return Optional.ofNullable(current);
    }

    /** The logged-in session; a screen that runs only after login may rely on it. */
    public Session require() {
        Session s = current;
        if (s == null) throw new IllegalStateException("No one is logged in");
        return s;
    }

    public void start(Session session) {
        current = session;
        fire();
    }

    /** Locks the till: the session ends and the login screen asks again (same or another user). */
    public void lock() {
        current = null;
        fire();
    }

    public void addListener(Consumer<Optional<Session>> listener) {
        listeners.add(listener);
    }

    private void fire() {
        Optional<Session> s = current();
        listeners.forEach(l -> l.accept(s));
    }
}
