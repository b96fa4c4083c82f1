package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded runtime ({@code up --detach}) for every test class of the run that uses this
 * extension, started by the first of them; a parameter of type {@link EmbeddedRuntime} gets it.
 * When the whole run is over, {@code down} stops it, and it is checked that no process of it is
 * left: a failure there fails the build (reported as "JUnit Jupiter").
 */
final class EmbeddedRuntimeExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedRuntimeExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context).runtime();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedRuntime.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context).runtime();
    }

    private static Shared shared(ExtensionContext context) {
        // The root store lives until the end of the run, then closes what it holds.
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, key -> Shared.start(), Shared.class);
    }

    /** The running runtime, or why it did not start; {@code down} on close either way. */
    private static final class Shared implements AutoCloseable {
        private final EmbeddedRuntime runtime;
        private final AssertionError startFailure;

        private Shared(EmbeddedRuntime runtime, AssertionError startFailure) {
            this.runtime = runtime;
            this.startFailure = startFailure;
        }

        static Shared start() {
            Path home = Path.of("target", "e2e-quorum-home");
            deleteRecursively(home);
            EmbeddedRuntime runtime = new EmbeddedRuntime(home);
            int exit;
            try {
                exit = runtime.run(300, "up", "--detach");
            } catch (AssertionError | RuntimeException e) {
                return new Shared(runtime, new AssertionError("up --detach failed", e));
            }
            if (exit != 0) {
                return new Shared(
                        runtime,
                        new AssertionError("up --detach failed (exit " + exit + "); see "
                                + runtime.home().resolve("runtime-commands.log") + "; gateway log:\n"
                                + runtime.log("gateway")));
            }
            return new Shared(runtime, null);
        }

        EmbeddedRuntime runtime() {
            if (startFailure != null) {
                throw startFailure;
            }
            return runtime;
        }

        /** Stops everything, also after a failed start, and checks that nothing is left. */
        @Override
        public void close() {
            int exit = runtime.run(120, "down");
            assertThat(exit).as("down").isZero();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> runtime.processes().isEmpty());
            assertThat(runtime.processes())
                    .as("no process of this runtime is left")
                    .isEmpty();
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
