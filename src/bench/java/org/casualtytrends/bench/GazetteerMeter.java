package org.casualtytrends.bench;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.geo.Gazetteer;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * What the gazetteer of all countries costs to load and to hold: it is built anew (not the JVM's shared
 * one) a few times, each time timed, and weighed as the heap in use after a collection with it held
 * minus the heap in use after a collection before. The medians are reported: a collection that runs
 * while it loads, or another thread's garbage, would move one measure.
 */
final class GazetteerMeter {
    private static final int ROUNDS = 3;

    private GazetteerMeter() {
    }

    record Cost(double loadMs, double heapMb) {
    }

    static Cost measure(RuleBundle rules) {
        double[] millis = new double[ROUNDS];
        double[] megabytes = new double[ROUNDS];
        for (int k = 0; k < ROUNDS; k++) {
            long before = usedAfterGc();
            long start = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.load(rules);
            millis[k] = (System.nanoTime() - start) / 1e6;
            megabytes[k] = (usedAfterGc() - before) / (1024.0 * 1024.0);
            Reference.reachabilityFence(gazetteer);
        }
        return new Cost(median(millis), median(megabytes));
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
