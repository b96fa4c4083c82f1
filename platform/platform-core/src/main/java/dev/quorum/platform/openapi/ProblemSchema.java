package dev.quorum.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * The {@code Problem} schema: an RFC 9457 problem as the platform's problem handlers write it,
 * including the {@code errors} list of a validation problem and the request's {@code traceId}.
 */
final class ProblemSchema {
    static final String NAME = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemSchema() {}

    static void addTo(Components components) {
        components.addSchemas(
                FIELD_ERROR,
                object("One bad input field", List.of("field", "message"))
                        .addProperty("field", typed("string").description("JSON path of the field, e.g. dates.end"))
                        .addProperty("message", typed("string")));
        components.addSchemas(
                NAME,
                object("RFC 9457 problem details", List.of("type", "title", "status"))
                        .addProperty(
                                "type",
                                typed("string")
                                        .format("uri")
                                        .description(
                                                "Stable kind of error, e.g. https://quorum.dev/problems/validation; "
                                                        + "clients switch on it"))
                        .addProperty("title", typed("string"))
                        .addProperty("status", typed("integer").format("int32"))
                        .addProperty("detail", typed("string"))
                        .addProperty("instance", typed("string").format("uri"))
                        .addProperty(
                                "traceId",
                                typed("string")
                                        .description("The W3C trace id of the request (32 hex digits), also in every "
                                                + "log line it caused: quote it in a bug report"))
                        .addProperty(
                                "errors",
                                typed("array")
                                        .items(ref(FIELD_ERROR))
                                        .description("Validation problems only: each bad field")));
    }

    /** {@code application/problem+json} with the Problem schema. */
    static Content content() {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(ref(NAME)));
    }

    private static Schema<Object> object(String description, List<String> required) {
        return typed("object").description(description).required(required).properties(new java.util.LinkedHashMap<>());
    }

    private static Schema<Object> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /** Sets both the OpenAPI 3.0 {@code type} and the 3.1 {@code types}, so either version renders it. */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
