package shopdesk.outbox.delivery;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.Json;
import shopdesk.protocol.PushResponse;

/**
 * What the cloud's answer to a push means for each entry sent, by the rules in DESIGN.md: network errors, timeouts,
 * 5xx and 429 are retried (honouring Retry-After), 409/412 is a conflict, other 4xx are permanent; a result refused
 * for a store-credit note the server does not have yet waits ({@link NoteWait}). Pure: no I/O, no
 * health, no clock of its own; {@link PushExchange} acts on the {@link Kind}.
 */
final class AnswerClassifier {
    /** What kind of answer a batch got; a kind with a {@link ReplayCycle.Stop} ends the run. */
    enum Kind {
        RESULTS, UNREADABLE, RETRYABLE, LOST_ANSWER, UNREACHABLE, CONFLICT, PERMANENT, TOO_LARGE, LOGIN_REQUIRED,
        LOGIN_REFRESHED, UPDATE_REQUIRED;

        ReplayCycle.Stop stop() {
            return switch (this) {
                case UNREACHABLE -> ReplayCycle.Stop.UNREACHABLE;
                case LOGIN_REQUIRED -> ReplayCycle.Stop.LOGIN_REQUIRED;
                case UPDATE_REQUIRED -> ReplayCycle.Stop.UPDATE_REQUIRED;
                default -> ReplayCycle.Stop.NONE;
            };
        }
    }

    /** @param message the answer in a line, for the health's last error (null for a 200 that was read) */
    record Answer(Kind kind, List<Outcome> outcomes, Long serverTime, String message) {
    }

    private AnswerClassifier() {
    }

    /** An HTTP answer to a push of {@code sent}, received at {@code now} (for a Retry-After date). */
    static Answer classify(CloudResponse r, List<QueuedEntry> sent, long now) {
        int s = r.status();
        if (s == 200) return results(r, sent);
        String message = message(r);
        if (s == 401) return each(Kind.LOGIN_REQUIRED, sent, message, e -> new Outcome.Release(e, AttemptOutcome.LOGIN_REQUIRED, s));
        if (s == 426) return each(Kind.UPDATE_REQUIRED, sent, message, e -> new Outcome.Release(e, AttemptOutcome.UPDATE_REQUIRED, s));
        if (s == 408 || s == 429 || s >= 500 || s < 400) {
            long wait = RetryAfter.millis(r.retryAfter(), r.date(), now);
            AttemptOutcome label = s == 429 ? AttemptOutcome.THROTTLED : s >= 500 ? AttemptOutcome.SERVER_ERROR : AttemptOutcome.HTTP_ERROR;
            return each(Kind.RETRYABLE, sent, message, e -> new Outcome.Retry(e, label, message, s, wait));
        }
        if (s == 409 || s == 412) {
            String state = asJsonObject(r.body());
            return each(Kind.CONFLICT, sent, message,
                    e -> new Outcome.Parked(e, DeliveryState.CONFLICT, AttemptOutcome.CONFLICT, message, s, state));
        }
        if (s == 413) {
            return each(Kind.TOO_LARGE, sent, message,
                    e -> new Outcome.Parked(e, DeliveryState.FAILED, AttemptOutcome.TOO_LARGE, tooLarge(e, message), s, null));
        }
        // Any other 4xx: the entry will never get past it by itself; a supervisor looks at it.
        return each(Kind.PERMANENT, sent, message,
                e -> new Outcome.Parked(e, DeliveryState.FAILED, AttemptOutcome.REJECTED, message, s, null));
    }

    /** Sent, but no answer came (reset, read timeout): maybe applied, so retried; the request id makes it harmless. */
    static Answer lostAnswer(List<QueuedEntry> sent, String error) {
        return each(Kind.LOST_ANSWER, sent, error, e -> new Outcome.Retry(e, AttemptOutcome.NETWORK, error, null, 0));
    }

    /** Never sent (no connection): given back untouched, not counted as the entries' failure. */
    static Answer unreachable(List<QueuedEntry> claimed, String error) {
        return each(Kind.UNREACHABLE, claimed, error, e -> new Outcome.Release(e, null, null));
    }

    /** A 401 after which the login was refreshed: the entries go again at once. */
    static Answer refreshed(List<QueuedEntry> sent, int status) {
        return each(Kind.LOGIN_REFRESHED, sent, null, e -> new Outcome.Release(e, AttemptOutcome.LOGIN_REFRESHED, status));
    }

    private static Answer results(CloudResponse r, List<QueuedEntry> sent) {
        PushResponse body;
        try {
            body = Json.gson().fromJson(r.body(), PushResponse.class);
        } catch (RuntimeException ex) {
            body = null;
        }
        if (body == null || body.results() == null) {
            String error = "Unreadable answer from the cloud: " + snippet(r.body());
            return each(Kind.UNREADABLE, sent, "The cloud sent an unreadable push answer",
                    e -> new Outcome.Retry(e, AttemptOutcome.BAD_RESPONSE, error, 200, 0));
        }
        Map<String, EntryResult> byId = new HashMap<>();
        body.results().forEach(x -> {
            if (x != null && x.requestId() != null) byId.put(x.requestId(), x);
        });
        List<Outcome> out = new ArrayList<>(sent.size());
        for (QueuedEntry e : sent) out.add(outcome(e, byId.get(e.requestId())));
        return new Answer(Kind.RESULTS, out, body.serverTime() > 0 ? body.serverTime() : null, null);
    }

    private static Outcome outcome(QueuedEntry e, EntryResult x) {
        if (x == null || x.outcome() == null) {
            return new Outcome.Retry(e, AttemptOutcome.BAD_RESPONSE, "The cloud's answer has no result for this entry", 200, 0);
        }
        return switch (x.outcome()) {
            case APPLIED -> new Outcome.Done(e, x.applied(), 200);
            case CONFLICT -> new Outcome.Parked(e, DeliveryState.CONFLICT, AttemptOutcome.CONFLICT,
                    x.conflict() == null ? "Conflict" : x.conflict().message(), 200,
                    x.conflict() == null ? null : Json.gson().toJson(x.conflict()));
            case REJECTED -> NoteWait.waits(x.rejected())
                    ? new Outcome.Wait(e, x.rejected().code() + ": " + x.rejected().message(), 200)
                    : new Outcome.Parked(e, DeliveryState.FAILED, AttemptOutcome.REJECTED,
                    x.rejected() == null ? "Rejected" : x.rejected().code() + ": " + x.rejected().message(), 200, null);
        };
    }

    private static Answer each(Kind kind, List<QueuedEntry> entries, String message, Function<QueuedEntry, Outcome> f) {
        return new Answer(kind, entries.stream().map(f).toList(), null, message);
    }

    /** Says what a supervisor can do: sending the same entry again will meet the same limit. */
    static String tooLarge(QueuedEntry e, String serverMessage) {
        String what = e.entityType() == null ? "entry" : e.entityType().toLowerCase(Locale.ROOT);
        return "This " + what + " is too large for the server to accept, even sent on its own (" + serverMessage
                + "). Sending it again will not help: ask whoever runs the server to raise its size limit and then "
                + "retry it, or discard it.";
    }

    static String message(CloudResponse r) {
        ErrorBody b = CloudClient.errorBody(r.body());
        if (b != null && b.message() != null) {
            return "HTTP " + r.status() + (b.code() == null ? "" : " " + b.code()) + ": " + b.message();
        }
        return "HTTP " + r.status() + (r.body() == null || r.body().isBlank() ? "" : ": " + snippet(r.body()));
    }

    private static String asJsonObject(String body) {
        try {
            JsonElement el = JsonParser.parseString(body);
            if (el.isJsonObject()) return el.toString();
        } catch (RuntimeException ignored) {
            // not JSON: wrapped below
        }
        JsonObject o = new JsonObject();
        o.addProperty("message", snippet(body));
        return o.toString();
    }

    private static String snippet(String s) {
        if (s == null) return "";
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
