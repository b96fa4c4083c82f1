package dev.quorum.platform.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Holds observed answers against an OpenAPI document: every status a service really gave for an
 * operation must be among the responses the document lists for it (matched by method and path
 * template), and every answered API path must be documented. Paths the document does not cover
 * by design (actuator, the OpenAPI and AsyncAPI documents, event contracts) are left out, as are
 * the answers a server gives whether or not an endpoint exists (401 from the security chain, 404,
 * 405) for paths or methods that are not documented.
 */
public final class OpenApiConformance {
    private static final List<String> UNDOCUMENTED_BY_DESIGN =
            List.of("/actuator/", "/v3/api-docs", "/swagger-ui", "/asyncapi.yaml", "/events/");
    private static final Set<Integer> ANSWERS_WITHOUT_AN_ENDPOINT = Set.of(401, 404, 405);

    private final JsonNode paths;
    private final List<Template> templates;

    private OpenApiConformance(JsonNode document) {
        this.paths = document.get("paths");
        this.templates = paths.propertyNames().stream()
                .map(Template::of)
                .sorted(Comparator.comparingInt(Template::literalSegments).reversed())
                .toList();
    }

    /** @param document an OpenAPI document as served at {@code /v3/api-docs} */
    public static OpenApiConformance of(JsonNode document) {
        return new OpenApiConformance(document);
    }

    /** One line per observed answer that the document does not list; empty when all conform. */
    public List<String> violations(Collection<ObservedResponse> observed) {
        Set<String> violations = new TreeSet<>();
        for (ObservedResponse answer : observed) {
            if (UNDOCUMENTED_BY_DESIGN.stream().anyMatch(answer.path()::startsWith)) {
                continue;
            }
            Optional<String> template = templateOf(answer.path());
            JsonNode operation = template.map(
                            t -> paths.get(t).get(answer.method().toLowerCase()))
                    .orElse(null);
            if (operation == null) {
                if (!ANSWERS_WITHOUT_AN_ENDPOINT.contains(answer.status())) {
                    violations.add(answer.method() + " " + answer.path() + " answered " + answer.status()
                            + " but is not documented");
                }
                continue;
            }
            Set<String> documented = new TreeSet<>(operation.get("responses").propertyNames());
            if (!documented.contains(Integer.toString(answer.status())) && !documented.contains("default")) {
                violations.add(answer.method() + " " + template.get() + " answered " + answer.status()
                        + ", documented: " + documented);
            }
        }
        return new ArrayList<>(violations);
    }

    /** {@code METHOD template status}, tab-separated, for each observed answer of a documented operation. */
    public List<String> answered(Collection<ObservedResponse> observed) {
        return observed.stream()
                .flatMap(answer -> templateOf(answer.path())
                        .filter(t -> paths.get(t).has(answer.method().toLowerCase()))
                        .map(t -> answer.method() + "\t" + t + "\t" + answer.status())
                        .stream())
                .distinct()
                .toList();
    }

    /** {@code METHOD template success-codes} (comma-separated), tab-separated, per documented operation. */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (String template : paths.propertyNames()) {
            for (String method : paths.get(template).propertyNames()) {
                JsonNode responses = paths.get(template).get(method).get("responses");
                if (responses != null) {
                    String success = responses.propertyNames().stream()
                            .filter(code -> code.startsWith("2"))
                            .collect(Collectors.joining(","));
                    operations.add(method.toUpperCase() + "\t" + template + "\t" + success);
                }
            }
        }
        return operations;
    }

    /** The documented path template a concrete path falls under, preferring literal segments. */
    Optional<String> templateOf(String path) {
        return templates.stream()
                .filter(t -> t.matches(path))
                .map(Template::text)
                .findFirst();
    }

    private record Template(String text, Pattern pattern, int literalSegments) {
        static Template of(String text) {
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            for (String segment : text.substring(1).split("/", -1)) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    regex.append("[^/]+");
                } else {
                    regex.append(Pattern.quote(segment));
                    literals++;
                }
            }
            return new Template(text, Pattern.compile(regex.toString()), literals);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
