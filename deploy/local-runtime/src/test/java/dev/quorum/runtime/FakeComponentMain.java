package dev.quorum.runtime;

import java.util.concurrent.CountDownLatch;

/**
 * A stand-in component for tests, started as {@code java -Dquorum.component=... FakeComponentMain
 * MODE}: {@code run} waits to be stopped, {@code hang} also refuses to finish on SIGTERM, {@code
 * exit} exits at once with code 3.
 */
public final class FakeComponentMain {

    private FakeComponentMain() {}

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length == 0 ? "run" : args[0];
        if (mode.equals("exit")) {
            System.out.println("fake component giving up");
            System.exit(3);
        }
        CountDownLatch never = new CountDownLatch(1);
        if (mode.equals("hang")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        System.out.println("fake component running");
        never.await();
    }
}
