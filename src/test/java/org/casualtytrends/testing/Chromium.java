package org.casualtytrends.testing;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium (installed by {@code .ci/run}; no browser is downloaded), with every
 * background connection off: without those flags it floods a closed network with look-ups.
 */
public final class Chromium {
    private static final long TIMEOUT_SECONDS = 120;

    private Chromium() {
    }

    /** The chromium binary on the PATH, if any. */
    public static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The page's DOM as the browser parsed it. */
    public static String dumpDom(Path binary, Path page, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        run(binary, work, out, "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A screenshot of the top {@code height} pixels of the page, {@code width} wide. */
    public static BufferedImage screenshot(Path binary, Path page, Path png, int width, int height, Path work)
            throws IOException, InterruptedException {
        run(binary, work, work.resolve("screenshot.log"), "--screenshot=" + png, "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString());
        return ImageIO.read(png.toFile());
    }

    private static void run(Path binary, Path work, Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stderr = work.resolve("chromium.err");
        Process chromium = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly().waitFor();
            throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (chromium.exitValue() != 0) {
            throw new IOException("chromium exited with " + chromium.exitValue() + ": " + Files.readString(stderr));
        }
    }
}
