package org.casualtytrends.ingest;

import org.apache.hadoop.conf.Configuration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The driver's Hadoop configuration (the job's {@code spark.hadoop.*} settings included), broadcast to
 * the tasks that open the input files. Held as bytes, so that Java and Kryo serialization both carry it.
 */
final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;
    private transient Configuration conf;

    HadoopConf(Configuration conf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            conf.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bytes = out.toByteArray();
    }

    synchronized Configuration get() {
        if (conf == null) {
            Configuration read = new Configuration(false);
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                read.readFields(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            conf = read;
        }
        return conf;
    }
}
