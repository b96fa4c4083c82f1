package dev.quorum.gateway.security;

import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.WebFilterChainProxy;

/**
 * Spring Security's strict firewall refuses paths such as {@code /api/x/../../actuator/env} before
 * any route sees them (so nothing can traverse to a service's actuator). It answers 400 with an
 * empty body; this makes that answer a problem response like every other one.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejectionProblems {

    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems(ObjectProvider<ProblemWriter> problems) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler(
                            (exchange, rejected) -> problems.getObject().write(exchange, GatewayProblem.rejected()));
                }
                return bean;
            }
        };
    }
}
