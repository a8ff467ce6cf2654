package shopdesk.outbox.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.outbox.cloud.CloudUnreachableException;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.queue.QueuedEntry;

/**
 * Sends a batch and turns the answer into outcomes ({@link AnswerClassifier}), acting on what the answer says
 * about the connection: health, a token refresh after a 401, a pause for login or update. A batch the server finds
 * too large (413) is split in halves, sent in turn, until a single entry is left to be parked. Touches no database.
 */
final class PushExchange {
    private static final Logger LOG = LoggerFactory.getLogger(PushExchange.class);

    /** Entries to send with their wire form, index for index, and that form's JSON (null: not written yet). */
    record Batch(List<QueuedEntry> entries, List<PushBody.Entry> wire, String body) {
        Batch half(int from, int to) {
            return new Batch(entries.subList(from, to), wire.subList(from, to), null);
        }
    }

    /** The outcomes of every entry sent, why the run should stop, and the server's time from a read answer. */
    record Sent(List<Outcome> outcomes, ReplayCycle.Stop stop, Long serverTime) {
    }

    private final CloudClient cloud;
    private final HealthMonitor health;
    private final String deviceId;

    PushExchange(CloudClient cloud, HealthMonitor health, String deviceId) {
        this.cloud = cloud;
        this.health = health;
        this.deviceId = deviceId;
    }

    Sent send(Batch batch, long now) {
        AnswerClassifier.Answer a = exchange(batch, now);
        if (a.kind() != AnswerClassifier.Kind.TOO_LARGE || batch.entries().size() == 1) {
            return new Sent(a.outcomes(), a.kind().stop(), a.serverTime());
        }
        int mid = batch.entries().size() / 2;
        LOG.info("The cloud found a push of {} entries too large ({}); sending it as {} and {}", batch.entries().size(),
                a.message(), mid, batch.entries().size() - mid);
        Sent first = send(batch.half(0, mid), now);
        List<Outcome> outcomes = new ArrayList<>(first.outcomes());
        if (first.stop() != ReplayCycle.Stop.NONE) { // the second half was never sent: back as it was
            batch.entries().subList(mid, batch.entries().size()).forEach(e -> outcomes.add(new Outcome.Release(e, null, null)));
            return new Sent(outcomes, first.stop(), first.serverTime());
        }
        Sent second = send(batch.half(mid, batch.entries().size()), now);
        outcomes.addAll(second.outcomes());
        return new Sent(outcomes, second.stop(), second.serverTime() != null ? second.serverTime() : first.serverTime());
    }

    private AnswerClassifier.Answer exchange(Batch batch, long now) {
        String body = batch.body() != null ? batch.body() : PushBody.write(deviceId, batch.wire());
        CloudResponse r;
        try {
            r = cloud.push(body);
        } catch (CloudUnreachableException ex) {
            health.unreachable(ex.getMessage());
            return AnswerClassifier.unreachable(batch.entries(), ex.getMessage());
        } catch (IOException ex) {
            health.unreachable(ex.getMessage());
            return AnswerClassifier.lostAnswer(batch.entries(), ex.getMessage());
        }
        health.reachable();
        AnswerClassifier.Answer a = AnswerClassifier.classify(r, batch.entries(), now);
        switch (a.kind()) {
            case UNREADABLE, RETRYABLE -> health.serverError(a.message());
            case UPDATE_REQUIRED -> {
                health.pause(PausedReason.UPDATE_REQUIRED);
                health.serverError(a.message());
            }
            case LOGIN_REQUIRED -> {
                if (tryRefresh()) return AnswerClassifier.refreshed(batch.entries(), r.status());
                health.pauseForLogin(() -> cloud.tokenReplacedSince(r));
            }
            default -> {
                // the answer says nothing more about the connection
            }
        }
        return a;
    }

    private boolean tryRefresh() {
        if (cloud.tokens().refreshToken().isEmpty()) return false;
        try {
            cloud.refresh();
            return true;
        } catch (RuntimeException e) {
            LOG.info("Token refresh failed: {}", e.getMessage());
            return false;
        }
    }
}
