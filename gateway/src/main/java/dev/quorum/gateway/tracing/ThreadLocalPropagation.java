package dev.quorum.gateway.tracing;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;

/**
 * Narrows what Reactor's automatic context propagation copies on every operator hop to what the
 * gateway needs: the current observation, which carries the trace id into log lines (ADR 43).
 *
 * <p>With {@code spring.reactor.context-propagation: auto}, every registered
 * {@link ThreadLocalAccessor} is read, set and restored each time a signal crosses an operator,
 * many times per proxied request. Spring Security registers three through the service loader
 * (its thread-local {@code SecurityContextHolder}, the reactive holder's bridge and the current
 * {@code ServerWebExchange}); the gateway never reads any of them from a thread local: its security
 * context lives in the Reactor context and its code is handed the exchange (ADR 45).
 */
@Configuration(proxyBeanMethods = false)
public class ThreadLocalPropagation implements InitializingBean {

    private static final String SPRING_SECURITY = "org.springframework.security.";

    /** Runs while the context starts, before the server takes its first request. */
    @Override
    public void afterPropertiesSet() {
        dropSpringSecurityAccessors(ContextRegistry.getInstance());
    }

    /**
     * Removes Spring Security's thread-local accessors from a registry; idempotent.
     *
     * @return the keys removed
     */
    static List<Object> dropSpringSecurityAccessors(ContextRegistry registry) {
        List<Object> keys = registry.getThreadLocalAccessors().stream()
                .filter(accessor -> accessor.getClass().getName().startsWith(SPRING_SECURITY))
                .map(ThreadLocalAccessor::key)
                .toList();
        keys.forEach(registry::removeThreadLocalAccessor);
        return keys;
    }
}
