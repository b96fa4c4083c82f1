package dev.quorum.gateway.security;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.cors.CorsSettings;
import dev.quorum.gateway.cors.ProblemCorsWebFilter;
import dev.quorum.gateway.problem.ProblemWriter;
import dev.quorum.platform.security.QuorumJwtAuthoritiesConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway is a stateless OAuth2 resource server: every request needs a valid Quorum token
 * except sign-in, key discovery, a school's application, the API docs and the board's page. The actuator (health,
 * metrics) is served on the separate management port only, where it needs no token.
 * The services check tokens again and do the object-level checks; the gateway only keeps
 * anonymous traffic away from them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurityConfiguration {

    /** Reachable without a token, whatever the method. */
    public static final String[] PUBLIC_PATHS = {
        "/api/auth/**",
        "/.well-known/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        "/v3/api-docs/**",
        // Issue 12: the combined event documentation and the reference board's static files
        // (ADR 37, 38). The board's calls to the API carry the token typed into it.
        "/asyncapi",
        "/asyncapi/**",
        "/events/**",
        "/board",
        "/board/**"
    };

    @Bean
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http, ProblemWriter problems, QuorumGatewayProperties properties) {
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        return http
                // A bearer-token API: no cookies, so no CSRF; no sessions, so nothing to save.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // Before authentication: a browser's preflight carries no token (ADR 34). Refusals
                // are problem responses, hence not Spring's own CORS filter.
                .addFilterAt(
                        new ProblemCorsWebFilter(CorsSettings.source(properties.corsAllowedOrigins()), problems),
                        SecurityWebFiltersOrder.CORS)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        // The management port serves the actuator only and nothing public reaches
                        // it: probes and Prometheus need no token there.
                        .matchers(new ManagementPortMatcher())
                        .permitAll()
                        // Never on the public port, even if the management port were set to it.
                        .pathMatchers("/actuator/**")
                        .denyAll()
                        .pathMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/schools")
                        .permitAll()
                        // Published study guides of a conference that made them public are read
                        // without a token; guide-service checks the conference's setting (ADR 21).
                        .pathMatchers(HttpMethod.GET, "/api/guides", "/api/guides/**")
                        .permitAll()
                        // Circuit breaker fallbacks are reached by internal forward only.
                        .pathMatchers("/fallback/**")
                        .denyAll()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(authentication()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * No observation per security filter, authentication and authorization (ADR 45): with this bean
     * Spring Security does not wrap the chain's filters at all, where the management property
     * {@code management.observations.enable.spring.security=false} only turned the wrappers' work
     * into no-ops that still ran on every request. The request's own observation stays.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static ReactiveJwtAuthenticationConverterAdapter authentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new QuorumJwtAuthoritiesConverter());
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
