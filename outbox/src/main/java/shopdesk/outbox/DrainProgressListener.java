package shopdesk.outbox;

/** Told as a closing-time drain delivers entries (on the thread that called drain). */
@FunctionalInterface
public interface DrainProgressListener {
    void progress(int sent, int total);

    DrainProgressListener NONE = (sent, total) -> { };
}
