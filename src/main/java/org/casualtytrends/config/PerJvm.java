package org.casualtytrends.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rule objects built once per JVM and shared by every task on it: building them (reading lexicons,
 * compiling patterns) costs far more than using them, and they are immutable. A build may ask for
 * other shared objects (the extraction rules use the gazetteer); only the same key waits for a build.
 */
public final class PerJvm {
    private static final Map<Object, Once<?>> BUILT = new ConcurrentHashMap<>();

    private PerJvm() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> build) {
        return ((Once<T>) BUILT.computeIfAbsent(key, k -> new Once<>(build))).get();
    }

    /** Built on first use, outside the map's own locking; a failed build is tried again on the next use. */
    private static final class Once<T> {
        private final Supplier<T> build;
        private T value;

        Once(Supplier<T> build) {
            this.build = build;
        }

        synchronized T get() {
            if (value == null) {
                value = build.get();
            }
            return value;
        }
    }
}
