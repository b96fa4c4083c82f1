package dev.quorum.platform.test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published contract of an event: a JSON Schema and a golden example in the producer's
 * {@code src/main/resources/events/}, named {@code <Event>.v<N>.schema.json} and
 * {@code <Event>.v<N>.example.json}. Producers check their output against the schema; consumers
 * read the producer's golden example (through the module directory, so they test against the
 * contract the producer ships, not a copy that could drift).
 */
public final class EventContracts {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventContracts() {}

    /** Validation errors of {@code json} against the schema on this module's classpath; empty when valid. */
    public static List<String> violations(String eventFileStem, String json) {
        try (InputStream schemaStream = resource("events/" + eventFileStem + ".schema.json")) {
            Schema schema = SCHEMAS.getSchema(schemaStream);
            return schema.validate(json, InputFormat.JSON).stream()
                    .map(Error::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden example shipped on this module's classpath. */
    public static String example(String eventFileStem) {
        try (InputStream in = resource("events/" + eventFileStem + ".example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A producer's golden example read from its module in this repository, e.g.
     * {@code producerExample("registration-service", "ConferenceCreated.v1")}.
     */
    public static String producerExample(String producerModule, String eventFileStem) {
        Path file =
                Path.of("..", producerModule, "src", "main", "resources", "events", eventFileStem + ".example.json");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No golden example at " + file.toAbsolutePath(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("No " + name + " on the classpath");
        }
        return in;
    }
}
