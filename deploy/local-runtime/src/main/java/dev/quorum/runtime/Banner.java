package dev.quorum.runtime;

import java.io.PrintStream;
import java.util.Locale;

/** What {@code ./quorum up} prints once everything is healthy. */
final class Banner {

    private Banner() {}

    static void print(
            PrintStream out, RuntimeSettings settings, Credentials credentials, double seconds, boolean detached) {
        String gateway = "http://localhost:" + settings.ports().gateway();
        out.println();
        out.println(String.format(Locale.ROOT, "Quorum is up (%.1f s).", seconds));
        out.println();
        out.println("  Gateway      " + gateway + "/");
        out.println("  Swagger UI   " + gateway + "/swagger-ui.html");
        out.println("  Metrics      http://localhost:" + settings.ports().gatewayManagement()
                + "/actuator/prometheus   (gateway's management port, not routed)");
        out.println("  Secretariat  username " + credentials.username() + "   password " + credentials.password());
        out.println("               (" + credentials.origin() + ")");
        out.println("  Data         " + settings.home());
        out.println("  Logs         " + settings.logsDir() + "   (./quorum logs [name])");
        out.println();
        if (detached) {
            out.println("Running in the background. Stop it with: ./quorum down");
        } else {
            out.println("Press Ctrl-C to stop everything (or run ./quorum down from another terminal).");
        }
        out.flush();
    }
}
