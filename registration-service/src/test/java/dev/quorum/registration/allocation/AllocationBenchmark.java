package dev.quorum.registration.allocation;

import dev.quorum.registration.allocation.domain.Allocation;
import dev.quorum.registration.allocation.domain.Allocator;
import dev.quorum.registration.allocation.domain.Choice;
import dev.quorum.registration.allocation.domain.SchoolDemand;
import dev.quorum.registration.allocation.domain.Seat;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One allocation of a large conference: 5,000 seats in 35 committees (1,000 of them double
 * delegations) for 250 schools of 20 delegates on average, each with 10 ranked choices skewed
 * towards popular committees and countries. Run with {@code deploy/benchmarks/allocation-benchmark.sh};
 * the target is well under 2 s per allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AllocationBenchmark {

    private static final int SCHOOLS = 250;
    private static final int CHOICES = 10;

    private List<Seat> seats;
    private List<SchoolDemand> schools;
    private long seed;

    @Setup
    public void conference() {
        Random random = new Random(2026);
        seats = new ArrayList<>();
        List<String> committees = new ArrayList<>();
        // 5 general assemblies of 300 single seats, 10 committees of 200 seats of which the last 5
        // seat double delegations, and 20 specialised committees of 75: 5,000 seats in all.
        addCommittees(committees, 5, "GA", 300, 1);
        addCommittees(committees, 5, "ECOSOC", 200, 1);
        addCommittees(committees, 5, "DOUBLE", 200, 2);
        addCommittees(committees, 20, "SPEC", 75, 1);

        schools = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            List<Choice> choices = new ArrayList<>();
            for (int c = 0; c < CHOICES; c++) {
                String committee = committees.get(popular(random, committees.size()));
                choices.add(
                        random.nextBoolean()
                                ? Choice.anySeatIn(committee)
                                : Choice.seat(committee, committee + "-country" + popular(random, 40)));
            }
            schools.add(new SchoolDemand("school-" + i, 6 + random.nextInt(29), choices));
        }
    }

    @Benchmark
    public Allocation allocate() {
        return Allocator.allocate(seats, schools, seed++);
    }

    private void addCommittees(List<String> committees, int count, String kind, int size, int delegationSize) {
        for (int c = 0; c < count; c++) {
            String committee = kind + c;
            committees.add(committee);
            for (int s = 0; s < size; s++) {
                seats.add(new Seat(committee + "-country" + s, committee, delegationSize));
            }
        }
    }

    /** An index below {@code n}, Zipf-like: index 0 about twice as likely as index 1, and so on. */
    private static int popular(Random random, int n) {
        double harmonic = 0;
        for (int k = 1; k <= n; k++) {
            harmonic += 1.0 / k;
        }
        double target = random.nextDouble() * harmonic;
        for (int k = 1; k <= n; k++) {
            target -= 1.0 / k;
            if (target <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }
}
