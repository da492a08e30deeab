package io.quickcite.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the security checks' results for every stack in a synthesized cloud assembly (deploy.sh --dry-run):
 * cdk-nag's counts from its report, and cfn-guard's over the template. Exits 1 if either has an unsuppressed
 * finding (or an unused cfn-guard suppression). Run from infra/, where node_modules is.
 */
public final class SecurityReport {

    private SecurityReport() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: SecurityReport CLOUD_ASSEMBLY_DIR (e.g. cdk.out)");
            System.exit(2);
        }
        if (!report(Path.of(args[0]))) {
            System.exit(1);
        }
    }

    /** Prints each stack's results; true when nothing is left unsuppressed. */
    static boolean report(Path outdir) {
        List<Path> templates;
        try (Stream<Path> files = Files.list(outdir)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".template.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("No *.template.json in " + outdir + ": synthesize first");
        }
        Guard.Installation guard = Guard.locate(Path.of("node_modules"));
        boolean ok = true;
        for (Path template : templates) {
            String stack = template.getFileName().toString().replace(".template.json", "");
            NagReport nag = NagReport.read(NagReport.file(outdir, stack));
            System.out.println(nag.summary());
            nag.findings().forEach(finding -> System.out.println("  " + finding));
            Guard.Result result = Guard.validate(guard, template);
            System.out.println(result.summary());
            result.failures().forEach(finding -> System.out.println("  FAILED " + finding));
            result.unusedSuppressions().forEach(finding -> System.out.println("  UNUSED suppression " + finding));
            ok &= nag.ok() && result.ok();
        }
        return ok;
    }
}
