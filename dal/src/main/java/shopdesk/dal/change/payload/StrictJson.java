package shopdesk.dal.change.payload;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Gson made exact and plain-spoken: a whole-number field refuses a fraction (1.5) or a number beyond its type
 * (2^64 + 500), which Gson's own adapters truncate or wrap; and every failure to read a value is a
 * {@link Refusal} naming the field's path in plain words, never Gson's exception text. (The same class exists
 * in dal and protocol, which share nothing but Gson.)
 */
public final class StrictJson implements TypeAdapterFactory {
    public static final StrictJson INSTANCE = new StrictJson();

    /** A value refused, with a message fit to show a client. */
    public static final class Refusal extends JsonParseException {
        public Refusal(String message) {
            super(message);
        }
    }

    private StrictJson() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<?> raw = type.getRawType();
        if (raw == long.class || raw == Long.class) return (TypeAdapter<T>) new Whole(true);
        if (raw == int.class || raw == Integer.class) return (TypeAdapter<T>) new Whole(false);
        return new Plain<>(gson.getDelegateAdapter(this, type));
    }

    /** Gson's adapter, with its failures turned into a {@link Refusal} that names the field. */
    private static final class Plain<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> delegate;

        Plain(TypeAdapter<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            delegate.write(out, value);
        }

        @Override
        public T read(JsonReader in) throws IOException {
            try {
                return delegate.read(in);
            } catch (Refusal e) {
                throw e;
            } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
                // Gson's adapters peek before they consume: the reader still points at the value it refused
                throw new Refusal("Field '" + in.getPath() + "' does not have the expected type");
            }
        }
    }

    private static final class Whole extends TypeAdapter<Number> {
        private final boolean isLong;

        Whole(boolean isLong) {
            this.isLong = isLong;
        }

        @Override
        public void write(JsonWriter out, Number value) throws IOException {
            if (value == null) out.nullValue();
            else out.value(value);
        }

        @Override
        public Number read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
                throw new Refusal("Field '" + in.getPath() + "' must be a whole number");
            }
            String text = in.nextString();
            try {
                BigDecimal exact = new BigDecimal(text.trim());
                return isLong ? (Number) exact.longValueExact() : (Number) exact.intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
                throw new Refusal("Field '" + in.getPreviousPath() + "' must be a whole number from "
                        + (isLong ? Long.MIN_VALUE + " to " + Long.MAX_VALUE : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE)
                        + " (was " + shown + ")");
            }
        }
    }
}
