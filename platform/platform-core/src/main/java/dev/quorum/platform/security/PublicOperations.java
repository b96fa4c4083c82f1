package dev.quorum.platform.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which operations the servlet security chain lets through without a token, answered for an
 * operation's path template (such as {@code /api/schools/{id}}) rather than for a request, so that
 * the OpenAPI description marks exactly those operations as needing no bearer token. It reads the
 * same specs as the filter chain: {@link ServletSecurityAutoConfiguration#ALWAYS_PUBLIC} and
 * {@code quorum.security.public-paths}.
 */
public final class PublicOperations {
    private final List<Rule> rules;

    public PublicOperations(QuorumSecurityProperties properties) {
        this.rules = Stream.concat(
                        ServletSecurityAutoConfiguration.ALWAYS_PUBLIC.stream(), properties.publicPaths().stream())
                .map(ServletSecurityAutoConfiguration.PublicPath::parse)
                .map(p -> new Rule(p.method(), PathPatternParser.defaultInstance.parse(p.pattern())))
                .toList();
    }

    /** Whether {@code method} on {@code pathTemplate} needs no token. */
    public boolean isPublic(HttpMethod method, String pathTemplate) {
        PathContainer path = PathContainer.parsePath(pathTemplate);
        return rules.stream()
                .anyMatch(rule -> (rule.method() == null || rule.method().equals(method))
                        && rule.pattern().matches(path));
    }

    private record Rule(HttpMethod method, PathPattern pattern) {}
}
