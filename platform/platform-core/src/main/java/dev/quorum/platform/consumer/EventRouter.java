package dev.quorum.platform.consumer;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatches a consumed CloudEvent to the handler registered for its {@code ce_type}, after
 * mapping the JSON payload into the consumer's own record and validating it. An unreadable,
 * {@code null} or invalid payload is a {@link PoisonEventException}.
 *
 * <p>Events that are not routed are skipped and counted in {@value #SKIPPED_METRIC} (tags
 * {@code type}, {@code reason}). Types the consumer knowingly skips ({@link #ignore}) are logged
 * at DEBUG only: a topic carries many of them (thousands per seat allocation). Truly unknown
 * types (producers may add events before consumers know them) are logged at WARN once per type.
 */
public class EventRouter {
    /** Counter of skipped events, tagged with their {@code type} and {@code reason}. */
    public static final String SKIPPED_METRIC = "quorum.events.skipped";

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final JsonMapper json;
    private final Validator validator;
    private final MeterRegistry meters;
    private final Map<String, Route<?>> routes = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();
    private final Set<String> warnedUnknown = ConcurrentHashMap.newKeySet();

    public EventRouter(JsonMapper json, Validator validator, MeterRegistry meters) {
        this.json = json;
        this.validator = validator;
        this.meters = meters;
    }

    /** Routes events of {@code type} to {@code handler}, with their data mapped to {@code dataType}. */
    public <T> EventRouter on(String type, Class<T> dataType, Consumer<IncomingEvent<T>> handler) {
        routes.put(type, new Route<>(dataType, handler));
        return this;
    }

    /** Declares types that this consumer knowingly skips: counted and logged at DEBUG only. */
    public EventRouter ignore(String... types) {
        ignored.addAll(Set.of(types));
        return this;
    }

    public void dispatch(CloudEvent event) {
        Route<?> route = routes.get(event.getType());
        if (route != null) {
            // At DEBUG, with the producing request's trace id (ADR 43): where a journey continues.
            log.debug("Handling event {} of type {}", event.getId(), event.getType());
            route.apply(event);
        } else if (ignored.contains(event.getType())) {
            log.debug("Skipping event {} of ignored type {}", event.getId(), event.getType());
            countSkipped(event.getType(), "ignored");
        } else {
            if (warnedUnknown.add(event.getType())) {
                log.warn(
                        "Skipping events of unknown type {} (first: {}); counted in {}",
                        event.getType(),
                        event.getId(),
                        SKIPPED_METRIC);
            }
            countSkipped(event.getType(), "unknown");
        }
    }

    private void countSkipped(String type, String reason) {
        meters.counter(SKIPPED_METRIC, "type", type, "reason", reason).increment();
    }

    private final class Route<T> {
        private final Class<T> dataType;
        private final Consumer<IncomingEvent<T>> handler;

        Route(Class<T> dataType, Consumer<IncomingEvent<T>> handler) {
            this.dataType = dataType;
            this.handler = handler;
        }

        void apply(CloudEvent event) {
            T data = read(event);
            Instant time = event.getTime() == null ? null : event.getTime().toInstant();
            Object position = event.getExtension("sequence");
            handler.accept(new IncomingEvent<>(
                    event.getId(),
                    event.getType(),
                    event.getSubject(),
                    time,
                    data,
                    position == null ? null : position.toString()));
        }

        private T read(CloudEvent event) {
            if (event.getData() == null) {
                throw new PoisonEventException("Event " + event.getId() + " has no data");
            }
            T data;
            try {
                data = json.readValue(event.getData().toBytes(), dataType);
            } catch (JacksonException e) {
                throw new PoisonEventException("Event " + event.getId() + " has unreadable data", e);
            }
            if (data == null) { // the JSON literal null
                throw new PoisonEventException("Event " + event.getId() + " has null data");
            }
            Set<ConstraintViolation<T>> violations = validator.validate(data);
            if (!violations.isEmpty()) {
                throw new PoisonEventException("Event " + event.getId() + " is invalid: "
                        + violations.stream()
                                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                                .sorted()
                                .collect(Collectors.joining(", ")));
            }
            return data;
        }
    }
}
