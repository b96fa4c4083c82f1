package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressResolverTest {
    private static final String LOOPBACK_AND_LB = "127[.]0[.]0[.]1|10[.]0[.]0[.]5";
    private static final String PRIVATE_RANGE = "127[.]0[.]0[.]1|10[.]\\d{1,3}[.]\\d{1,3}[.]\\d{1,3}";

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
    void readsHopsAcrossRepeatedForwardedForHeadersInOrder() {
        ClientAddressResolver resolver = new ClientAddressResolver(LOOPBACK_AND_LB);

        assertThat(resolver.resolve(request("127.0.0.1", "1.2.3.4", "203.0.113.9, 10.0.0.5")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void takesTheHopOurProxyAppendedWhenEveryHopLooksTrusted() {
        ClientAddressResolver resolver = new ClientAddressResolver(PRIVATE_RANGE);

        // A client inside the trusted range writes a fresh private address each time; the ingress
        // (the peer) appends the client's real one, 10.1.1.1, which is the only hop it vouches for.
        assertThat(resolver.resolve(request("127.0.0.1", "10.9.9.1, 10.1.1.1"))).isEqualTo("10.1.1.1");
        assertThat(resolver.resolve(request("127.0.0.1", "10.9.9.2, 10.1.1.1"))).isEqualTo("10.1.1.1");
    }

    @Test
    void fallsBackToThePeerWhenATrustedProxySentNoForwardedFor() {
        ClientAddressResolver resolver = new ClientAddressResolver(LOOPBACK_AND_LB);

        assertThat(resolver.resolve(request("10.0.0.5"))).isEqualTo("10.0.0.5");
    }

    @Test
    void spellsEachIpv6AddressOneWaySoThatNoSpellingDodgesTheTrustedPattern() {
        ClientAddressResolver resolver = new ClientAddressResolver("127[.]0[.]0[.]1|2001:db8:0:0:0:0:0:5");

        assertThat(resolver.resolve(request("127.0.0.1", "2001:db8:1::7, 2001:DB8::5")))
                .isEqualTo("2001:db8:1:0:0:0:0:7");
        assertThat(resolver.resolve(request("127.0.0.1", "::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    private static MockServerHttpRequest request(String peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> builder =
                MockServerHttpRequest.get("/api/votes").remoteAddress(new InetSocketAddress(peer, 40000));
        for (String header : forwardedFor) {
            builder.header("X-Forwarded-For", header);
        }
        return builder.build();
    }
}
