package dev.quorum.runtime;

import java.util.List;
import java.util.Map;

/**
 * How to start one component: its command line (which carries {@code -Dquorum.component=<name>}),
 * the environment it gets on top of the launcher's, and how to tell it is healthy.
 */
record ComponentSpec(String name, int port, List<String> command, Map<String, String> environment, Health health) {

    ComponentSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
