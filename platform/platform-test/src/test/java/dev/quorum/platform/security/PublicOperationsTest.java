package dev.quorum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicOperationsTest {
    private final PublicOperations operations = new PublicOperations(
            new QuorumSecurityProperties(null, null, List.of("POST /api/accounts", "/api/conferences/**"), null));

    @Test
    void thePlatformsOwnPathsAreAlwaysPublic() {
        assertThat(new PublicOperations(new QuorumSecurityProperties(null, null, null, null))
                        .isPublic(HttpMethod.GET, "/actuator/health/liveness"))
                .isTrue();
        assertThat(operations.isPublic(HttpMethod.GET, "/v3/api-docs/public")).isTrue();
    }

    @Test
    void aPathWithAMethodIsPublicForThatMethodOnly() {
        assertThat(operations.isPublic(HttpMethod.POST, "/api/accounts")).isTrue();
        assertThat(operations.isPublic(HttpMethod.GET, "/api/accounts")).isFalse();
    }

    @Test
    void aPathWithoutAMethodIsPublicForEveryMethodAndMatchesPathTemplates() {
        assertThat(operations.isPublic(HttpMethod.GET, "/api/conferences/{id}")).isTrue();
        assertThat(operations.isPublic(HttpMethod.DELETE, "/api/conferences/{id}/committees"))
                .isTrue();
    }

    @Test
    void everythingElseNeedsAToken() {
        assertThat(operations.isPublic(HttpMethod.GET, "/api/schools/{id}")).isFalse();
        assertThat(operations.isPublic(HttpMethod.POST, "/api/accounts/{id}")).isFalse();
    }

    @Test
    void aSpecReadsAsAnOptionalMethodAndAPattern() {
        var withMethod = ServletSecurityAutoConfiguration.PublicPath.parse("  POST   /api/accounts ");
        var withoutMethod = ServletSecurityAutoConfiguration.PublicPath.parse("/api/**");

        assertThat(withMethod)
                .isEqualTo(new ServletSecurityAutoConfiguration.PublicPath(HttpMethod.POST, "/api/accounts"));
        assertThat(withoutMethod).isEqualTo(new ServletSecurityAutoConfiguration.PublicPath(null, "/api/**"));
    }

    @Test
    void theRequestMatcherOfASpecMatchesItsMethodAndPath() {
        var matcher = ServletSecurityAutoConfiguration.PublicPath.parse("POST /api/accounts")
                .matcher();

        assertThat(matcher.matches(new MockHttpServletRequest("POST", "/api/accounts")))
                .isTrue();
        assertThat(matcher.matches(new MockHttpServletRequest("GET", "/api/accounts")))
                .isFalse();
        assertThat(matcher.matches(new MockHttpServletRequest("POST", "/api/schools")))
                .isFalse();
    }
}
