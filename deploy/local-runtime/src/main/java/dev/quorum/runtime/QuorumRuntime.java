package dev.quorum.runtime;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The local runtime behind {@code ./quorum}: {@code up [--detach]}, {@code down}, {@code status},
 * {@code restart <name>}.
 * Plain JDK, so it runs before anything else is built or started.
 */
public final class QuorumRuntime {

    private QuorumRuntime() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.getProperties(), System.out, System.err));
    }

    static int run(
            List<String> args, Map<String, String> env, Properties properties, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            switch (command) {
                case "up" -> {
                    boolean detach = options.contains("--detach") || options.contains("-d");
                    if (options.stream().anyMatch(o -> !o.equals("--detach") && !o.equals("-d"))) {
                        return usage(err);
                    }
                    return new UpCommand(RuntimeSettings.from(env, properties), out, err).run(detach);
                }
                case "down" -> {
                    return new DownCommand(RuntimeSettings.from(env, properties), out).run();
                }
                case "status" -> {
                    return new StatusCommand(RuntimeSettings.from(env, properties), out).run();
                }
                case "restart" -> {
                    if (options.size() != 1) {
                        return usage(err);
                    }
                    if (!Components.ALL.contains(options.get(0))) {
                        err.println("quorum: unknown component '" + options.get(0) + "'; one of: "
                                + String.join(", ", Components.ALL) + ".");
                        return 2;
                    }
                    return new RestartCommand(RuntimeSettings.from(env, properties), out).run(options.get(0));
                }
                case "is-running" -> {
                    // For ./quorum, before it rebuilds jars that running processes still read.
                    Optional<String> running = UpCommand.alreadyRunning(RuntimeSettings.from(env, properties));
                    running.ifPresent(err::println);
                    return running.isPresent() ? 0 : 1;
                }
                case "help", "--help", "-h" -> {
                    usage(out);
                    return 0;
                }
                default -> {
                    return usage(err);
                }
            }
        } catch (StartupException e) {
            err.println("quorum: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream stream) {
        stream.println("Usage: ./quorum up [--detach] | down | status | restart <name> | logs [name]");
        stream.println("  up             build what is stale, start everything, stop it all on Ctrl-C");
        stream.println("  up --detach    return once everything is healthy, leave it running");
        stream.println("  down           stop everything started from this QUORUM_HOME");
        stream.println("  status         pid, port and health of each component");
        stream.println("  restart <name> stop one component (if it runs) and start it again on the same ports,");
        stream.println("                 wait until it is healthy; name: " + String.join(", ", Components.ALL));
        return 2;
    }
}
