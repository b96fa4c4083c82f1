package dev.quorum.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Settings for a temporary QUORUM_HOME, every port free unless the test says otherwise. */
final class TestSettings {

    private TestSettings() {}

    static Map<String, String> freePortsEnv(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put(RuntimeSettings.HOME_ENV, home.toString());
        for (PortSetting setting : Ports.from(Map.of()).settings()) {
            env.put(setting.envVar(), String.valueOf(TestProcesses.freePort()));
        }
        return env;
    }

    static RuntimeSettings settings(Path root, Map<String, String> env) {
        Properties properties = new Properties();
        properties.setProperty("quorum.root", root.toString());
        return RuntimeSettings.from(env, properties);
    }
}
