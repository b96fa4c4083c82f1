package dev.quorum.gateway.ratelimit;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The bucket key for a client address. An IPv4 address is one client. An IPv6 client is its /64:
 * one subscriber usually holds a whole /64 and can pick a fresh address from it for every request,
 * so keying by the full address would hand out 2^64 budgets.
 */
final class AddressKey {
    private static final int IPV6_NETWORK_BYTES = 8;

    private AddressKey() {}

    static String of(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        try {
            // An IPv4-mapped address comes back as IPv4: one IPv4 client, not a network.
            if (!(InetAddress.getByAddress(bytes) instanceof Inet6Address)) {
                return address;
            }
            Arrays.fill(bytes, IPV6_NETWORK_BYTES, bytes.length, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
