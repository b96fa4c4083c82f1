package dev.quorum.gateway.problem;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Last stop for every failure of a request: answers with a problem response instead of Boot's
 * default error JSON, and never with a stack trace. Runs before Boot's own handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final FailureClassifier classifier;
    private final ProblemWriter writer;

    public ProblemErrorWebExceptionHandler(FailureClassifier classifier, ProblemWriter writer) {
        this.classifier = classifier;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            // Part of the answer (an event stream, say) is already out; all we can do is close it.
            return Mono.error(failure);
        }
        GatewayProblem problem = classifier.classify(failure).orElseGet(() -> unexpected(exchange, failure));
        if (problem.status().is5xxServerError()) {
            log.warn(
                    "{} {} answered {}: {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    problem.status().value(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
        }
        return writer.write(exchange, problem);
    }

    private static GatewayProblem unexpected(ServerWebExchange exchange, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        log.error(
                "Unexpected error on {} {}, incident {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                incident,
                failure);
        return GatewayProblem.unexpected(incident);
    }
}
