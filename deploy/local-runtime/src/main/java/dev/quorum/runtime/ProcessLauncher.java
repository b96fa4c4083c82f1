package dev.quorum.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a component as its own process: in a new session when {@code setsid} exists (so a
 * terminal's Ctrl-C reaches only the launcher, which then stops the children in order), stdin from
 * /dev/null, stdout and stderr appended to its log, its pid in its pid file.
 */
final class ProcessLauncher {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final long EXEC_WAIT_MILLIS = 5_000;

    private final RuntimeSettings settings;
    private final PidFiles pidFiles;

    ProcessLauncher(RuntimeSettings settings, PidFiles pidFiles) {
        this.settings = settings;
        this.pidFiles = pidFiles;
    }

    Running launch(ComponentSpec spec) {
        Path log = settings.logFile(spec.name());
        long offset = LogFiles.appendHeader(log, "starting " + spec.name() + " on 127.0.0.1:" + spec.port());
        ProcessBuilder builder = new ProcessBuilder(command(spec))
                .directory(settings.home().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        // Only the registration service gets the Secretariat password (through its spec).
        environment.remove(Credentials.PASSWORD_ENV);
        environment.remove(Credentials.USERNAME_ENV);
        environment.putAll(spec.environment());
        try {
            Process process = builder.start();
            long started = System.nanoTime();
            ProcessHandle handle = process.toHandle();
            awaitExec(handle, spec.name());
            pidFiles.write(spec.name(), handle.pid());
            return new Running(spec, handle, Optional.of(process), log, offset, started);
        } catch (IOException e) {
            throw new StartupException("Cannot start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> command(ComponentSpec spec) {
        if (!Files.isExecutable(SETSID)) {
            return spec.command();
        }
        List<String> command = new ArrayList<>();
        command.add(SETSID.toString());
        command.addAll(spec.command());
        return command;
    }

    /**
     * Waits (briefly) until the child has exec'd java, so that the pid file never points at a
     * process whose command line does not yet show our markers: status and down would take it for
     * a stale one.
     */
    private void awaitExec(ProcessHandle handle, String name) {
        long deadline = System.currentTimeMillis() + EXEC_WAIT_MILLIS;
        while (handle.isAlive()
                && !ProcessMarkers.isOurs(handle, name, settings.home())
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
