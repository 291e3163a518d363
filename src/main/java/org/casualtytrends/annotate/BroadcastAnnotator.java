package org.casualtytrends.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver's {@link SentenceAnnotator}, Java-serialized into bytes for the broadcast: a cluster's
 * Kryo serializer (conf/spark-defaults.conf) would rebuild Spark NLP's models by their constructors,
 * which reach for a SparkSession an executor does not have (ClusterRunIT: "SparkSession should only be
 * created and accessed on the driver"); Java deserialization does not call them. Read back once per
 * executor, where the broadcast value is kept. An executor in the driver's JVM (an embedded run) takes
 * the driver's annotators instead of reading a second copy of the world's place trie from the bytes.
 */
final class BroadcastAnnotator implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The annotators built in this JVM, by broadcast: weakly, the rules that built them hold them. */
    private static final Map<UUID, WeakReference<SentenceAnnotator>> BUILT_HERE = new ConcurrentHashMap<>();
    private final UUID id = UUID.randomUUID();
    private final byte[] bytes;
    private transient volatile SentenceAnnotator annotator;

    BroadcastAnnotator(SentenceAnnotator annotator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(annotator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the annotators", e);
        }
        // Only the bytes: Spark sizes a broadcast value by walking its objects, transient fields
        // included; a profile of a 20,000-article run showed that walk over the world's place trie.
        this.bytes = out.toByteArray();
        BUILT_HERE.values().removeIf(built -> built.get() == null);
        BUILT_HERE.put(id, new WeakReference<>(annotator));
    }

    /** Called for every article: the lock only while the annotators are not taken yet. */
    SentenceAnnotator get() {
        SentenceAnnotator read = annotator;
        if (read == null) {
            synchronized (this) {
                read = annotator;
                if (read == null) {
                    WeakReference<SentenceAnnotator> built = BUILT_HERE.get(id);
                    SentenceAnnotator here = built == null ? null : built.get();
                    read = here != null ? here : deserialized();
                    annotator = read;
                }
            }
        }
        return read;
    }

    /** The annotators read from the bytes, as an executor in another JVM reads them. */
    SentenceAnnotator deserialized() {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (SentenceAnnotator) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the broadcast annotators", e);
        }
    }
}
