package dev.quorum.gateway.ratelimit;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address of the client behind a request. By default nobody is trusted and the connecting
 * peer is the client. {@code X-Forwarded-For} counts only when the peer matches the gateway's
 * trusted-proxies pattern (the one the gateway also uses for its forwarded headers), and then only
 * the hops our own proxies appended: the right-most hop that is not a trusted proxy is the client.
 * Everything left of it was written by the client and could be anything.
 */
@Component
public class ClientAddressResolver {
    private final Pattern trustedProxies;

    public ClientAddressResolver(@Value("${spring.cloud.gateway.server.webflux.trusted-proxies:}") String pattern) {
        this.trustedProxies = StringUtils.hasText(pattern) ? Pattern.compile(pattern) : null;
    }

    /** The client's address, IP literals in Java's canonical form (IPv4-mapped IPv6 as IPv4). */
    public String resolve(ServerHttpRequest request) {
        String peer = peer(request.getRemoteAddress());
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        // Every hop is one of our own proxies: the request started inside our infrastructure. The
        // hop the peer appended is the one we can vouch for; the left-most would be whatever a
        // client inside the trusted range chose to write, a fresh budget per request.
        return hops.isEmpty() ? peer : hops.get(hops.size() - 1);
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
                    hops.add(canonical(hop.trim()));
                }
            }
        }
        return hops;
    }

    /**
     * One spelling per address, so that {@code 2001:db8::1} and {@code 2001:0db8:0:0::1} neither
     * dodge the trusted-proxies pattern nor count as two clients. Never a DNS lookup: text that is
     * not an IP literal stays as it is.
     */
    static String canonical(String hop) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(hop);
        if (bytes == null) {
            return hop;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return hop;
        }
    }
}
