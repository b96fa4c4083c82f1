package dev.quorum.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeyTest {

    @Test
    void countsEveryAddressOfAnIpv6SubscribersSlash64AsOneClient() {
        assertThat(AddressKey.of("2001:db8:1:2:0:0:0:1"))
                .isEqualTo(AddressKey.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void keepsNeighbouringIpv6NetworksApart() {
        assertThat(AddressKey.of("2001:db8:1:2::1")).isNotEqualTo(AddressKey.of("2001:db8:1:3::1"));
    }

    @Test
    void keysIpv4ClientsByTheirWholeAddress() {
        assertThat(AddressKey.of("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(AddressKey.of("203.0.113.9")).isNotEqualTo(AddressKey.of("203.0.113.10"));
    }

    @Test
    void leavesTextThatIsNoAddressAsItIs() {
        assertThat(AddressKey.of("unknown")).isEqualTo("unknown");
    }
}
