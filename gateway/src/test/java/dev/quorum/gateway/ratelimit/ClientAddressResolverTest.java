package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressResolverTest {
    private static final String LOOPBACK_AND_LB = "127[.]0[.]0[.]1|10[.]0[.]0[.]5";

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        ClientAddressResolver resolver = new ClientAddressResolver(LOOPBACK_AND_LB);

        assertThat(resolver.resolve(request("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void ignoresForwardedForWhenNoProxyIsTrusted() {
        ClientAddressResolver resolver = new ClientAddressResolver("");

        assertThat(resolver.resolve(request("127.0.0.1", "203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    @Test
    void takesTheRightMostUntrustedHopBehindTrustedProxies() {
        ClientAddressResolver resolver = new ClientAddressResolver(LOOPBACK_AND_LB);

        // The client claimed 1.2.3.4 itself; 203.0.113.9 is what our load balancer saw.
        assertThat(resolver.resolve(request("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.5")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void fallsBackToThePeerWhenATrustedProxySentNoForwardedFor() {
        ClientAddressResolver resolver = new ClientAddressResolver(LOOPBACK_AND_LB);

        assertThat(resolver.resolve(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    private static MockServerHttpRequest request(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> builder =
                MockServerHttpRequest.get("/api/votes").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder.build();
    }
}
