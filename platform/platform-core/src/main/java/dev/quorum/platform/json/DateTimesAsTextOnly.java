package dev.quorum.platform.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads {@code java.time} values from ISO-8601 strings only. Jackson's java.time deserializers take
 * epoch numbers and arrays such as {@code [2025,11,21]} whatever the coercion settings say, and an
 * epoch number is ambiguous (seconds or milliseconds?): a client sending one has made a mistake.
 */
final class DateTimesAsTextOnly extends ValueDeserializerModifier {
    private static final String JAVA_TIME = "java.time";

    @Override
    public ValueDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        return JAVA_TIME.equals(type.getPackageName()) ? new TextOnly(deserializer) : deserializer;
    }

    private static final class TextOnly extends DelegatingDeserializer {
        TextOnly(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(_delegatee.handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
