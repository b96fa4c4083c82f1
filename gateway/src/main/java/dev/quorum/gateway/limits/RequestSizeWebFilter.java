package dev.quorum.gateway.limits;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps request bodies. A declared {@code Content-Length} over the cap is refused at once with 413;
 * a chunked body is counted as it streams and cut off when it passes the cap. (The gateway's own
 * {@code RequestSize} filter checks only the header and answers without a problem body.)
 */
@Component
public class RequestSizeWebFilter implements WebFilter, Ordered {
    /** After security and rate limiting: an oversize flood still counts against the client. */
    public static final int ORDER = -40;

    private final long maxBytes;
    private final ProblemWriter problems;

    public RequestSizeWebFilter(QuorumGatewayProperties properties, ProblemWriter problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, GatewayProblem.tooLarge(maxBytes));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(
                exchange.mutate().request(new CountingRequest(request)).build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private final class CountingRequest extends ServerHttpRequestDecorator {
        CountingRequest(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new RequestBodyTooLargeException(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
