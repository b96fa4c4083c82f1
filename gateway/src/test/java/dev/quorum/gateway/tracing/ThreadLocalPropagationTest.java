package dev.quorum.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.junit.jupiter.api.Test;

class ThreadLocalPropagationTest {

    @Test
    void onlyTheObservationIsCopiedAcrossOperatorsOnceSpringSecuritysAccessorsAreDropped() {
        // The accessors the gateway's class path registers through the service loader, as the
        // global registry that Reactor's automatic propagation reads.
        ContextRegistry registry = new ContextRegistry().loadThreadLocalAccessors();
        assertThat(registry.getThreadLocalAccessors())
                .extracting(accessor -> accessor.getClass().getName())
                .anyMatch(name -> name.startsWith("org.springframework.security."));

        var dropped = ThreadLocalPropagation.dropSpringSecurityAccessors(registry);

        assertThat(dropped).hasSize(3);
        assertThat(registry.getThreadLocalAccessors())
                .extracting(ThreadLocalAccessor::key)
                .containsExactly(ObservationThreadLocalAccessor.KEY);
        assertThat(ThreadLocalPropagation.dropSpringSecurityAccessors(registry)).isEmpty();
    }
}
