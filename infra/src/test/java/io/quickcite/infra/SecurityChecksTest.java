package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * The checks themselves: they find real problems and take suppressions only with a reason. (The stack's own
 * verdicts are in QuickciteStackTest and ConfiguredStackTest.)
 */
class SecurityChecksTest {

    @TempDir
    Path dir;

    @Test
    void cdkNagReportsAnUnsafeBucketAsErrors() {
        App app = App.Builder.create().outdir(dir.toString()).build();
        Stack stack = new Stack(app, "unsafe");
        Bucket.Builder.create(stack, "Plain").build();
        QuickciteApp.checkSecurity(stack);

        Annotations annotations = Annotations.fromStack(stack);
        List<String> errors = annotations.findError("*", SecurityAssertions.NAG_FINDING).stream()
                .map(message -> String.valueOf(message.getEntry().getData())).toList();

        // S1: no access logs; S10: plain-HTTP requests allowed.
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("AwsSolutions-S1:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("AwsSolutions-S10:")), errors.toString());
        NagReport report = NagReport.read(NagReport.file(dir, "unsafe"));
        assertFalse(report.ok());
        assertEquals(errors.size(), report.errors());
    }

    @Test
    void suppressionsNeedAReason() {
        Stack stack = new Stack(App.Builder.create().outdir(dir.toString()).build(), "reasons");
        Bucket bucket = Bucket.Builder.create(stack, "Plain").build();

        assertThrows(IllegalArgumentException.class, () -> Suppressions.nag(bucket, "AwsSolutions-S1", "because"));
        assertThrows(IllegalArgumentException.class, () -> Suppressions.nag(bucket, "", "a long enough reason"));
    }
}
