package dev.quorum.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Tells whether a process is one this runtime started for a given component and QUORUM_HOME, by
 * the {@code -Dquorum.component=} and {@code -Dquorum.home=} arguments on its command line. Nothing
 * is ever signalled without this check: a pid file may outlive its process and the pid be reused.
 */
final class ProcessMarkers {

    private ProcessMarkers() {}

    static String componentArg(String component) {
        return "-Dquorum.component=" + component;
    }

    static String homeArg(Path home) {
        return "-Dquorum.home=" + home;
    }

    static boolean isOurs(ProcessHandle process, String component, Path home) {
        if (!isRunning(process)) {
            return false;
        }
        List<String> arguments = process.info().arguments().map(Arrays::asList).orElse(List.of());
        return arguments.contains(componentArg(component)) && arguments.contains(homeArg(home));
    }

    /** Alive and not a zombie waiting for a parent that does not reap it. */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        try {
            String content = Files.readString(stat);
            // "pid (comm) S ..." where comm may contain spaces and parentheses
            int end = content.lastIndexOf(')');
            return end < 0 || end + 2 >= content.length() || content.charAt(end + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }
}
