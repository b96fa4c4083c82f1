package dev.quorum.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds, before anything starts, the ports that are taken or that two components would share. */
final class PortChecker {

    private PortChecker() {}

    /** One human-readable problem per conflict, each naming the component and its environment variable. */
    static List<String> problems(List<PortSetting> settings) {
        List<String> problems = new ArrayList<>();
        Map<Integer, List<PortSetting>> byPort = new LinkedHashMap<>();
        settings.forEach(
                s -> byPort.computeIfAbsent(s.port(), p -> new ArrayList<>()).add(s));
        byPort.forEach((port, sharing) -> {
            if (sharing.size() > 1) {
                problems.add("Port " + port + " is configured for "
                        + sharing.stream()
                                .map(s -> s.component() + " (" + s.envVar() + ")")
                                .collect(Collectors.joining(" and "))
                        + "; give each component its own port.");
            }
        });
        for (PortSetting setting : settings) {
            if (byPort.get(setting.port()).size() == 1 && !isFree(setting.port())) {
                problems.add("Port " + setting.port() + " for " + setting.component()
                        + " is already in use on 127.0.0.1. Stop whatever listens there, or choose another port: "
                        + setting.envVar() + "=<port> ./quorum up");
            }
        }
        return problems;
    }

    /** True when a server could bind the port on loopback now (TIME_WAIT leftovers do not count as taken). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
