package dev.quorum.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seven components of a local Quorum and the command line of each. */
final class Components {
    /** {@code QUORUM_APP_JVM=default}: start the services with the JVM's default JIT and collector. */
    static final String APP_JVM_ENV = "QUORUM_APP_JVM";

    static final String APP_JVM_DEFAULT = "default";

    static final String KAFKA = "kafka";
    static final String MONGO = "mongo";
    static final String REGISTRATION = "registration";
    static final String COMMITTEE = "committee";
    static final String VOTING = "voting";
    static final String GUIDE = "guide";
    static final String GATEWAY = "gateway";

    static final List<String> INFRASTRUCTURE = List.of(KAFKA, MONGO);
    static final List<String> APPS = List.of(REGISTRATION, COMMITTEE, VOTING, GUIDE, GATEWAY);
    static final List<String> ALL = List.of(KAFKA, MONGO, REGISTRATION, COMMITTEE, VOTING, GUIDE, GATEWAY);

    /** Gateway and services first (they flush to Kafka and Mongo on the way down), then Kafka, then Mongo. */
    static final List<List<String>> STOP_ORDER = List.of(APPS, List.of(KAFKA), List.of(MONGO));

    /** What Kafka 4.x logs once the broker and controller are up ({@code KafkaBroker.STARTED_MESSAGE}). */
    static final String KAFKA_STARTED = "Kafka Server started";

    private static final String LOOPBACK = "127.0.0.1";

    private final RuntimeSettings settings;

    Components(RuntimeSettings settings) {
        this.settings = settings;
    }

    /** The Maven module (and jar name) of an app component. */
    static String module(String name) {
        return name.equals(GATEWAY) ? GATEWAY : name + "-service";
    }

    ComponentSpec kafka() {
        List<String> command = jvm(KAFKA, "512m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + settings.kafkaLog4jConfig(false));
        command.add("-cp");
        command.add(settings.kafkaLibDir().resolve("*").toString());
        command.add("kafka.Kafka");
        command.add(KafkaStorage.serverPropertiesFile(settings).toString());
        int port = settings.ports().kafka();
        return new ComponentSpec(KAFKA, port, command, Map.of(), new Health.TcpAndLogLine(port, KAFKA_STARTED));
    }

    ComponentSpec mongo() {
        List<String> command = jvm(MONGO, "256m");
        command.add("-jar");
        command.add(settings.mongoJar().toString());
        command.add("--host=127.0.0.1");
        command.add("--port=" + settings.ports().mongo());
        command.add("--file=" + settings.mongoFile());
        int port = settings.ports().mongo();
        return new ComponentSpec(MONGO, port, command, Map.of(), new Health.Tcp(port));
    }

    List<ComponentSpec> apps(Credentials credentials) {
        return APPS.stream().map(name -> app(name, credentials)).toList();
    }

    ComponentSpec app(String name, Credentials credentials) {
        Ports ports = settings.ports();
        int port = ports.of(name);
        List<String> command = jvm(name, "384m");
        // Five JVMs start at once on a developer's few cores: skip the optimizing JIT's start-up work
        // and use the serial collector (small heaps). Production images use the JVM's defaults, and so
        // do benchmarks that set QUORUM_APP_JVM=default (a C1-only JVM would understate throughput).
        if (!APP_JVM_DEFAULT.equals(settings.env().get(APP_JVM_ENV))) {
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
        }
        command.add("-jar");
        command.add(settings.appJar(module(name)).toString());

        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        // Loopback only, like Kafka and Mongo: a developer's machine does not publish Quorum to its
        // network. (Production images keep Spring's default, every interface.)
        env.put("SERVER_ADDRESS", LOOPBACK);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongo());
        env.put("QUORUM_JWKS_URI", local(ports.registration()) + "/.well-known/jwks.json");
        if (name.equals(GATEWAY)) {
            env.put("GATEWAY_MANAGEMENT_PORT", String.valueOf(ports.gatewayManagement()));
            env.put("MANAGEMENT_SERVER_ADDRESS", LOOPBACK);
            env.put("REGISTRATION_SERVICE_URL", local(ports.registration()));
            env.put("COMMITTEE_SERVICE_URL", local(ports.committee()));
            env.put("VOTING_SERVICE_URL", local(ports.voting()));
            env.put("GUIDE_SERVICE_URL", local(ports.guide()));
        }
        if (name.equals(REGISTRATION)) {
            env.put(Credentials.USERNAME_ENV, credentials.username());
            env.put(Credentials.PASSWORD_ENV, credentials.password());
        }
        // The gateway serves its actuator on the management port only.
        URI health = name.equals(GATEWAY)
                ? URI.create(local(ports.gatewayManagement()) + "/actuator/health")
                : URI.create(local(port) + "/actuator/health/readiness");
        return new ComponentSpec(name, port, command, env, new Health.Http(health));
    }

    /** The files that must exist before anything starts, by component. */
    Map<String, Path> requiredArtifacts(List<String> names) {
        Map<String, Path> required = new LinkedHashMap<>();
        for (String name : names) {
            switch (name) {
                case KAFKA -> required.put(name, settings.kafkaLibDir());
                case MONGO -> required.put(name, settings.mongoJar());
                default -> required.put(name, settings.appJar(module(name)));
            }
        }
        return required;
    }

    /** The java command with heap, the markers that {@code down} checks, and quieter flags on newer JVMs. */
    private List<String> jvm(String name, String maxHeap) {
        List<String> command = new ArrayList<>();
        command.add(settings.javaBinary().toString());
        command.add("-Xmx" + maxHeap);
        command.add(ProcessMarkers.componentArg(name));
        command.add(ProcessMarkers.homeArg(settings.home()));
        if (settings.javaFeatureVersion() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        if (settings.javaFeatureVersion() >= 24) {
            // Netty and Kafka still use sun.misc.Unsafe; without this every log starts with a warning.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        return command;
    }

    private static String local(int port) {
        return "http://" + LOOPBACK + ":" + port;
    }
}
