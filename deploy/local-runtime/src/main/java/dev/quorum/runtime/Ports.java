package dev.quorum.runtime;

import java.util.List;
import java.util.Map;

/** Every port the local runtime binds on 127.0.0.1, each configurable through an environment variable. */
record Ports(
        int gateway,
        int gatewayManagement,
        int registration,
        int committee,
        int voting,
        int guide,
        int kafka,
        int kafkaController,
        int mongo) {

    static final String GATEWAY = "QUORUM_GATEWAY_PORT";
    /** The gateway's actuator (health, metrics): never routed, so it needs a port of its own. */
    static final String GATEWAY_MANAGEMENT = "QUORUM_GATEWAY_MANAGEMENT_PORT";

    static final String REGISTRATION = "QUORUM_REGISTRATION_PORT";
    static final String COMMITTEE = "QUORUM_COMMITTEE_PORT";
    static final String VOTING = "QUORUM_VOTING_PORT";
    static final String GUIDE = "QUORUM_GUIDE_PORT";
    static final String KAFKA = "QUORUM_KAFKA_PORT";
    static final String KAFKA_CONTROLLER = "QUORUM_KAFKA_CONTROLLER_PORT";
    static final String MONGO = "QUORUM_MONGO_PORT";

    static Ports from(Map<String, String> env) {
        return new Ports(
                port(env, GATEWAY, 8080),
                port(env, GATEWAY_MANAGEMENT, 9080),
                port(env, REGISTRATION, 8081),
                port(env, COMMITTEE, 8082),
                port(env, VOTING, 8083),
                port(env, GUIDE, 8084),
                port(env, KAFKA, 9092),
                port(env, KAFKA_CONTROLLER, 9093),
                port(env, MONGO, 27017));
    }

    /**
     * The port of a component by its name (the Kafka controller and the gateway's management ports
     * are not a component's main port).
     */
    int of(String component) {
        return switch (component) {
            case Components.GATEWAY -> gateway;
            case Components.REGISTRATION -> registration;
            case Components.COMMITTEE -> committee;
            case Components.VOTING -> voting;
            case Components.GUIDE -> guide;
            case Components.KAFKA -> kafka;
            case Components.MONGO -> mongo;
            default -> throw new IllegalArgumentException("Unknown component " + component);
        };
    }

    /** All ports, in start order, with the component that binds each. */
    List<PortSetting> settings() {
        return List.of(
                new PortSetting(Components.KAFKA, KAFKA, kafka),
                new PortSetting(Components.KAFKA + " (controller)", KAFKA_CONTROLLER, kafkaController),
                new PortSetting(Components.MONGO, MONGO, mongo),
                new PortSetting(Components.REGISTRATION, REGISTRATION, registration),
                new PortSetting(Components.COMMITTEE, COMMITTEE, committee),
                new PortSetting(Components.VOTING, VOTING, voting),
                new PortSetting(Components.GUIDE, GUIDE, guide),
                new PortSetting(Components.GATEWAY, GATEWAY, gateway),
                new PortSetting(Components.GATEWAY + " (management)", GATEWAY_MANAGEMENT, gatewayManagement));
    }

    private static int port(Map<String, String> env, String envVar, int defaultPort) {
        String value = env.get(envVar);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StartupException(envVar + "=" + value + " is not a port number (1-65535).");
    }
}
