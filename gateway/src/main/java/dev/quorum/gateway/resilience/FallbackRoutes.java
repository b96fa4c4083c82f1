package dev.quorum.gateway.resilience;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Where the per-service circuit breakers forward a failed call ({@code forward:/fallback/<service>}).
 * It answers by failing with {@link BackendUnavailableException}, so that the one global error
 * handler writes the problem (503 with {@code Retry-After}, or 504 for a timeout) for the path
 * the client asked for.
 */
@Configuration(proxyBeanMethods = false)
public class FallbackRoutes {

    @Bean
    RouterFunction<ServerResponse> circuitBreakerFallback() {
        return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"), request -> {
            Throwable failure = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
            return Mono.error(new BackendUnavailableException(request.pathVariable("service"), failure));
        });
    }
}
