package dev.quorum.platform.consumer;

import io.cloudevents.CloudEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatches a consumed CloudEvent to the handler registered for its {@code ce_type}, after
 * mapping the JSON payload into the consumer's own record and validating it. Unknown types are
 * skipped with a warning (producers may add events before consumers know them); an unreadable or
 * invalid payload is a {@link PoisonEventException}.
 */
public class EventRouter {
    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final JsonMapper json;
    private final Validator validator;
    private final Map<String, Route<?>> routes = new HashMap<>();

    public EventRouter(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> EventRouter on(String type, Class<T> dataType, Consumer<IncomingEvent<T>> handler) {
        routes.put(type, new Route<>(dataType, handler));
        return this;
    }

    public void dispatch(CloudEvent event) {
        Route<?> route = routes.get(event.getType());
        if (route == null) {
            log.warn("Skipping event {} of unknown type {}", event.getId(), event.getType());
            return;
        }
        route.apply(event);
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
