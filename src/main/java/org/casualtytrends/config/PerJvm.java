package org.casualtytrends.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rule objects built once per JVM and shared by every task on it: building them (reading lexicons,
 * compiling patterns) costs far more than using them, and they are immutable.
 */
public final class PerJvm {
    private static final Map<Object, Object> BUILT = new ConcurrentHashMap<>();

    private PerJvm() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> build) {
        return (T) BUILT.computeIfAbsent(key, k -> build.get());
    }
}
