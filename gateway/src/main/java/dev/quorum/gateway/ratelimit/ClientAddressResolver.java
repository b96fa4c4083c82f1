package dev.quorum.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} counts only when the
 * connecting peer matches the same trusted-proxies pattern that the gateway uses for forwarded
 * headers; otherwise anyone could pick a fresh address per request and dodge the limits.
 */
@Component
public class ClientAddressResolver {
    private final Pattern trustedProxies;

    public ClientAddressResolver(@Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String pattern) {
        this.trustedProxies = StringUtils.hasText(pattern) ? Pattern.compile(pattern) : null;
    }

    public String resolve(ServerHttpRequest request) {
        String peer = peer(request.getRemoteAddress());
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        // The right-most hop that is not one of our proxies is the first address we did not add
        // ourselves; everything left of it is the client's own claim.
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean trusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static String peer(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static List<String> forwardedFor(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                if (StringUtils.hasText(hop)) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }
}
