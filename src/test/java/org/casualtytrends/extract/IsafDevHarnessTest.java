package org.casualtytrends.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured quality on ../shared/eval/isaf-dev (skipped where it is absent): the shares
 * reached when these rules were written, so that a change that loses ground shows.
 */
class IsafDevHarnessTest {
    @Test
    void keepsItsMeasuredQualityOnIsafDev() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(IsafDevHarness.DIR), "no ISAF evaluation data here");
        IsafDevHarness.Result result = IsafDevHarness.run();
        result.failures().forEach(System.out::println);
        result.metrics().forEach((name, m) -> System.out.printf("%-22s %.3f (%d/%d)%n", name, m[0] / m[1], (int) m[0], (int) m[1]));
        System.out.println(result.leadScorer());
        assertTrue(result.share("killed_exact_any") >= 0.91, "killed exact");
        assertTrue(result.share("captured_exact_any") >= 0.93, "captured exact");
        assertTrue(result.share("province_set_exact") >= 0.96, "province set exact");
        assertTrue(result.share("event_date_exact") >= 0.87, "event date exact");
        for (String detection : new String[] {"killed_precision", "killed_recall", "captured_precision", "captured_recall"}) {
            assertTrue(result.share(detection) >= 0.97, detection);
        }
    }
}
