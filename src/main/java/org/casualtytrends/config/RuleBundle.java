package org.casualtytrends.config;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule files of one rules folder, read once on the driver: each {@link RuleFile}'s contents,
 * parsed and checked when read. Serializable, so tasks carry it to the executors, which never open a
 * path of the configuration (a driver's folder does not exist on a worker); the objects built from
 * it are shared per JVM under its content hash ({@link #shared}).
 */
public final class RuleBundle implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The configuration key naming the rules folder. */
    public static final String KEY = "casualty-trends.rules";
    /** The rules packaged in the jar: the project's {@code conf/} folder. */
    public static final String PACKAGED = ConfFiles.CLASSPATH + "conf";

    private final String location;
    private final EnumMap<RuleFile, String> contents;
    private final String hash;
    private transient Map<RuleFile, RuleTable> tables;

    private RuleBundle(String location, EnumMap<RuleFile, String> contents) {
        this.location = location;
        this.contents = contents;
        this.hash = sha256(contents);
    }

    /**
     * Reads and parses every rule file under {@code location}, a folder ({@code classpath:conf} or a
     * path); fails naming the file, the line and {@link #KEY}.
     */
    public static RuleBundle load(String location) {
        if (location.equals(PACKAGED)) {
            return packaged();
        }
        return read(location);
    }

    /** The packaged rules, read once per JVM. */
    public static RuleBundle packaged() {
        return Packaged.RULES;
    }

    private static RuleBundle read(String location) {
        String folder = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        if (!folder.startsWith(ConfFiles.CLASSPATH) && !Files.isDirectory(Path.of(folder))) {
            throw new IllegalArgumentException("the rules folder " + folder + " (" + KEY + ") is not a folder");
        }
        EnumMap<RuleFile, String> contents = new EnumMap<>(RuleFile.class);
        for (RuleFile file : RuleFile.values()) {
            try {
                contents.put(file, ConfFiles.read(folder + "/" + file.path()));
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("the rules folder " + folder + " (" + KEY + ") lacks " + file.path()
                        + ": " + e.getMessage() + "; it must hold every file of the packaged conf/ folder", e);
            }
        }
        RuleBundle rules = new RuleBundle(folder, contents);
        for (RuleFile file : RuleFile.values()) {
            rules.table(file);
        }
        return rules;
    }

    /** The file's rows. */
    public synchronized RuleTable table(RuleFile file) {
        if (tables == null) {
            tables = new EnumMap<>(RuleFile.class);
        }
        return tables.computeIfAbsent(file, f -> RuleTable.parse(location + "/" + f.path(), contents.get(f), f.columns()));
    }

    /** The file's text as written. */
    public String text(RuleFile file) {
        return contents.get(file);
    }

    /** SHA-256 of every file's path and contents, in hex. */
    public String hash() {
        return hash;
    }

    /** The object {@code build} makes of these rules, built once per JVM for each content hash and kind. */
    public <T> T shared(Class<T> kind, Function<RuleBundle, T> build) {
        return PerJvm.get(new SharedKey(kind, hash), () -> build.apply(this));
    }

    private record SharedKey(Class<?> kind, String hash) {
    }

    /** The folder and the content hash: what tells two runs' rules apart. */
    @Override
    public String toString() {
        return location + " sha256:" + hash;
    }

    private static String sha256(Map<RuleFile, String> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach((file, text) -> {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static final class Packaged {
        static final RuleBundle RULES = read(PACKAGED);
    }
}
