package dev.quorum.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls truly at the same time: each call gets its own thread, and a {@link CyclicBarrier} holds every
 * thread until all have started, so no call can finish before the last one begins. A pool without such a
 * gate lets a loaded machine run the calls one after another, and a race test would then pass without
 * ever racing.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {}

    /** A call made once per input; its result is collected in input order. */
    @FunctionalInterface
    public interface Call<T, R> {
        R call(T input) throws Exception;
    }

    /** Releases one call per input together and returns their results in input order. */
    public static <T, R> List<R> run(List<T> inputs, Call<T, R> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<R> task = () -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return call.call(input);
                };
                futures.add(pool.submit(task));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
