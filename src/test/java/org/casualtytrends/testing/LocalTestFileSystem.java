package org.casualtytrends.testing;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

/**
 * A Hadoop file system of its own scheme over local files, for what a cluster's storage looks like to
 * the job without a server. {@code fs.<scheme>.root}: a local folder its paths live under, so that it
 * does not hold this machine's files, as HDFS would not (files are opened by name there; listings
 * would name the local paths). {@code fs.<scheme>.refuse}: it refuses to create files whose name
 * starts with that prefix, as a store over its quota would.
 */
public final class LocalTestFileSystem extends RawLocalFileSystem {
    private URI uri;
    private String root;
    private String refused;

    public static void register(Configuration hadoop, String scheme, String root, String refused) {
        hadoop.set("fs." + scheme + ".impl", LocalTestFileSystem.class.getName());
        hadoop.setBoolean("fs." + scheme + ".impl.disable.cache", true);
        hadoop.set("fs." + scheme + ".root", root);
        if (refused != null) {
            hadoop.set("fs." + scheme + ".refuse", refused);
        }
    }

    @Override
    public void initialize(URI name, Configuration conf) throws IOException {
        uri = URI.create(name.getScheme() + ":///");
        root = conf.get("fs." + name.getScheme() + ".root", "");
        refused = conf.get("fs." + name.getScheme() + ".refuse");
        super.initialize(name, conf);
        setWorkingDirectory(makeQualified(new Path(System.getProperty("user.dir"))));
    }

    /** The local file system's until {@link #initialize} (the constructor asks for it). */
    @Override
    public URI getUri() {
        return uri != null ? uri : super.getUri();
    }

    @Override
    public String getScheme() {
        return uri.getScheme();
    }

    @Override
    public File pathToFile(Path path) {
        return new File(root + super.pathToFile(path).getPath());
    }

    /** Where every create, overwrite and append of the local file system ends. */
    @Override
    protected OutputStream createOutputStreamWithMode(Path f, boolean append, FsPermission permission) throws IOException {
        if (refused != null && f.getName().startsWith(refused)) {
            throw new IOException("disk quota exceeded: cannot write " + f);
        }
        return super.createOutputStreamWithMode(f, append, permission);
    }
}
