package dev.quorum.gateway.limits;

import dev.quorum.gateway.QuorumGatewayProperties;
import dev.quorum.gateway.problem.GatewayProblem;
import dev.quorum.gateway.problem.ProblemWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Caps the request line and headers, answering 414 (request target too long) or 431 (request line
 * and headers too large) with a problem. Reactor Netty refuses oversize requests on its own, but
 * before any Spring code runs and with an empty body; so its decoder limits are set above these
 * (see {@code server.netty.max-initial-line-length} and {@code
 * server.max-http-request-header-size}) and this filter answers first, like every other error.
 */
@Component
public class RequestHeadLimitWebFilter implements WebFilter, Ordered {
    /** Before Spring Security (-100): an oversize request is refused whoever sends it. */
    public static final int ORDER = -200;

    /** The characters of the request line around its target: method, two spaces, "HTTP/1.1". */
    private static final int REQUEST_LINE_OVERHEAD = 10;

    private final long maxUriLength;
    private final long maxHeaderSize;
    private final ProblemWriter problems;

    public RequestHeadLimitWebFilter(QuorumGatewayProperties properties, ProblemWriter problems) {
        this.maxUriLength = properties.maxUriLength().toBytes();
        this.maxHeaderSize = properties.maxHeaderSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long target = targetLength(request.getURI());
        if (target > maxUriLength) {
            return problems.write(exchange, GatewayProblem.uriTooLong(maxUriLength));
        }
        long head = request.getMethod().name().length() + REQUEST_LINE_OVERHEAD + target + headersSize(request);
        if (head > maxHeaderSize) {
            return problems.write(exchange, GatewayProblem.headersTooLarge(maxHeaderSize));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static long targetLength(URI uri) {
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        return (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
    }

    /** As on the wire: "Name: value" and a line break per value. */
    private static long headersSize(ServerHttpRequest request) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + 2 + value.length() + 2;
            }
        }
        return size;
    }
}
