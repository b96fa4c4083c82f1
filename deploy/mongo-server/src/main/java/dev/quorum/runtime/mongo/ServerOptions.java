package dev.quorum.runtime.mongo;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the embedded Mongo server listens and persists.
 *
 * <p>Each option is read from {@code --host=}, {@code --port=}, {@code --file=} arguments, or else
 * from the system properties {@code quorum.mongo.host}, {@code quorum.mongo.port} and {@code
 * quorum.mongo.file}.
 */
record ServerOptions(String host, int port, Path file) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 27017;
    static final String DEFAULT_FILE = "quorum.mv";

    static ServerOptions parse(String[] args, Properties systemProperties) {
        String host = systemProperties.getProperty("quorum.mongo.host", DEFAULT_HOST);
        String port = systemProperties.getProperty("quorum.mongo.port", String.valueOf(DEFAULT_PORT));
        String file = systemProperties.getProperty("quorum.mongo.file", DEFAULT_FILE);
        for (String arg : args) {
            if (arg.startsWith("--host=")) {
                host = value(arg);
            } else if (arg.startsWith("--port=")) {
                port = value(arg);
            } else if (arg.startsWith("--file=")) {
                file = value(arg);
            } else {
                throw new IllegalArgumentException(
                        "Unknown argument '" + arg + "'; expected --host=, --port= or --file=");
            }
        }
        return new ServerOptions(host, parsePort(port), Path.of(file).toAbsolutePath());
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static int parsePort(String port) {
        try {
            int value = Integer.parseInt(port.trim());
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port number: " + port, e);
        }
    }
}
