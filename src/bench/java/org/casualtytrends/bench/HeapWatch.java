package org.casualtytrends.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of the heap still in use right after a garbage collection while it watches: the live
 * data the JVM holds, not the garbage it has not collected yet (the raw peak of used heap mostly
 * measures how lazily the collector runs). In local mode the driver and the executors share the
 * JVM, so this includes the partitions the tasks are working on.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {
    private final AtomicLong peakBytes = new AtomicLong();
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    /** Each collection's end (epoch milliseconds) and the heap in use after it, to find the peak within a time span. */
    private final List<long[]> afterGc = new CopyOnWriteArrayList<>();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    HeapWatch() {
        System.gc();
        peakBytes.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        for (GarbageCollectorMXBean gc : collectors) {
            ((NotificationEmitter) gc).addNotificationListener(this, null, null);
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peakBytes.accumulateAndGet(used, Math::max);
        afterGc.add(new long[] {jvmStart + info.getGcInfo().getEndTime(), used});
    }

    long peakMb() {
        return peakBytes.get() / (1024 * 1024);
    }

    /** The peak of the heap in use after the collections that ended between {@code from} and {@code to} (epoch ms); 0 if none. */
    long peakMb(long from, long to) {
        return afterGc.stream().filter(g -> g[0] >= from && g[0] <= to).mapToLong(g -> g[1]).max().orElse(0) / (1024 * 1024);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // not registered on this collector: nothing to remove
            }
        }
    }
}
