package dev.quorum.runtime;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/** {@code status}: one row per component with its pid, port and state (healthy, up, restarting, down). */
final class StatusCommand {

    /** Exit code when something is not healthy (as LSB status actions use for "not running"). */
    static final int NOT_ALL_HEALTHY = 3;

    private final RuntimeSettings settings;
    private final PrintStream out;

    StatusCommand(RuntimeSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run() {
        PidFiles pidFiles = PidFiles.of(settings);
        Ports ports = RecordedPorts.read(settings);
        RuntimeSettings recorded = new RuntimeSettings(
                settings.root(),
                settings.home(),
                settings.javaBinary(),
                settings.javaFeatureVersion(),
                ports,
                settings.env(),
                settings.startTimeout(),
                settings.stopGrace());
        Components components = new Components(recorded);
        HealthChecker checker = new HealthChecker();
        Credentials none = new Credentials("", "", "");

        out.println("Quorum from " + settings.home());
        out.println(String.format(Locale.ROOT, "%-14s %-9s %-7s %s", "COMPONENT", "PID", "PORT", "STATE"));
        int healthy = 0;
        for (String name : Components.ALL) {
            Optional<ProcessHandle> process = pidFiles.findOurs(name);
            ComponentSpec spec = switch (name) {
                case Components.KAFKA -> components.kafka();
                case Components.MONGO -> components.mongo();
                default -> components.app(name, none);
            };
            String state = process.isPresent()
                    ? checker.isHealthy(spec.health()) ? "healthy" : "up"
                    : RestartCommand.inProgress(settings, name) ? "restarting" : "down";
            if (state.equals("healthy")) {
                healthy++;
            }
            out.println(String.format(
                    Locale.ROOT,
                    "%-14s %-9s %-7d %s",
                    name,
                    process.map(p -> String.valueOf(p.pid())).orElse("-"),
                    spec.port(),
                    state));
        }
        pidFiles.findOurs(UpCommand.LAUNCHER)
                .ifPresent(launcher ->
                        out.println("(./quorum up is running in the foreground, pid " + launcher.pid() + ")"));
        return healthy == Components.ALL.size() ? 0 : NOT_ALL_HEALTHY;
    }
}
