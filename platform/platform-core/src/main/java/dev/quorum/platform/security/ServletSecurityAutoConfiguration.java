package dev.quorum.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every WebMVC service is a stateless OAuth2 resource server: RS256 tokens checked against the
 * registration-service JWKS (or a local {@link JwtDecoder} bean where the service holds the key),
 * roles and scopes mapped to authorities, 401/403 as problem responses. Health, OpenAPI and the
 * configured {@code quorum.security.public-paths} need no token.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(QuorumSecurityProperties.class)
@EnableMethodSecurity
public class ServletSecurityAutoConfiguration {

    static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health/**",
            "/actuator/info",
            // Scraped inside the cluster; the gateway never routes /actuator of a service.
            "/actuator/prometheus",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/asyncapi.yaml",
            "/events/**",
            "/error");

    /** Closed by the context (its refresh thread): a bean of its own for that reason. */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JWKSource<SecurityContext> quorumRemoteJwks(QuorumSecurityProperties properties) {
        return RemoteJwks.of(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder quorumJwtDecoder(QuorumSecurityProperties properties, JWKSource<SecurityContext> remoteJwks) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(remoteJwks).build();
        decoder.setJwtValidator(JwtValidation.forIssuer(properties.issuer()));
        return CachingJwtDecoders.of(
                decoder,
                new VerifiedTokens(VerifiedTokens.DEFAULT_MAX_SIZE, properties.jwksCacheTtl(), Clock.systemUTC()));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain quorumSecurityFilterChain(HttpSecurity http, QuorumSecurityProperties properties)
            throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new QuorumJwtAuthoritiesConverter());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    ALWAYS_PUBLIC.forEach(path -> auth.requestMatchers(path).permitAll());
                    properties
                            .publicPaths()
                            .forEach(spec -> auth.requestMatchers(
                                            PublicPath.parse(spec).matcher())
                                    .permitAll());
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()));
        return http.build();
    }

    /**
     * No observation per security filter, per authentication and per authorization (ADR 50): Spring
     * Security then does not wrap its filters and managers at all, where
     * {@code management.observations.enable.spring.security=false} leaves the wrappers in place and
     * only makes their observations no-ops. The request's own observation, its metrics and its trace
     * span are unaffected; denials are still answered and logged as problem responses.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings quorumSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Picked up by Spring Security's {@code WebSecurity}: its firewall's rejections as problems. */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return ProblemAuthenticationHandlers.rejected();
    }

    /** {@code "/path/**"} or {@code "POST /path"}. */
    record PublicPath(HttpMethod method, String pattern) {
        static PublicPath parse(String spec) {
            String[] parts = spec.trim().split("\\s+");
            return parts.length == 2
                    ? new PublicPath(HttpMethod.valueOf(parts[0]), parts[1])
                    : new PublicPath(null, parts[0]);
        }

        RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }
    }
}
