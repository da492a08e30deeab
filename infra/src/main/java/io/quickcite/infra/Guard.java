package io.quickcite.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * cfn-guard, as shipped in the npm package {@code @cdklabs/cdk-validator-cfnguard} (pinned in package.json,
 * installed by {@code npm ci}), run over a synthesized template with the AWS Control Tower rules bundled in
 * that package.
 *
 * <p>cfn-guard itself has no suppressions for these rules, so a failure counts as suppressed only when every
 * resource it names carries the rule in its {@code guard} metadata with a reason (see {@link Suppressions}).
 * A suppression no failure uses is reported too, so the list cannot go stale.
 */
final class Guard {

    static final String PACKAGE = "@cdklabs/cdk-validator-cfnguard";
    static final String MISSING = "Run 'npm ci' in infra/ first: it installs the cfn-guard binary pinned in "
            + "infra/package.json (" + PACKAGE + ")";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    /** The binary and rules of the installed package. */
    record Installation(Path binary, Path rules, String packageVersion) {}

    /** A rule that failed on a resource (logical id); {@code resource} is null when no resource was named. */
    record Finding(String rule, String resource, String reason) {

        @Override
        public String toString() {
            return rule + " on " + (resource == null ? "the template" : resource);
        }
    }

    /**
     * One template's outcome. {@code passed}, {@code notApplicable} and {@code failedRules} are rule names;
     * {@code failures} are the unsuppressed findings, {@code suppressed} the ones a resource suppresses.
     */
    record Result(
            Path template,
            Set<String> passed,
            Set<String> notApplicable,
            Set<String> failedRules,
            List<Finding> failures,
            List<Finding> suppressed,
            List<Finding> unusedSuppressions) {

        boolean ok() {
            return failures.isEmpty() && unusedSuppressions.isEmpty();
        }

        int rules() {
            return passed.size() + notApplicable.size() + failedRules.size();
        }

        /** One line for deploy.sh --dry-run. */
        String summary() {
            Set<String> onlySuppressed = new TreeSet<>(failedRules);
            failures.forEach(finding -> onlySuppressed.remove(finding.rule()));
            String stack = template.getFileName().toString().replace(".template.json", "");
            return "cfn-guard Control Tower rules (" + stack + "): " + rules() + " rules, " + passed.size()
                    + " passed, " + notApplicable.size() + " not applicable, "
                    + (failedRules.size() - onlySuppressed.size()) + " failed, " + onlySuppressed.size()
                    + " failed only where suppressed (" + suppressed.size() + " suppressions"
                    + (unusedSuppressions.isEmpty() ? "" : ", " + unusedSuppressions.size() + " unused") + ")";
        }
    }

    private Guard() {}

    /** The package under {@code nodeModules}, for this machine's OS and CPU; fails with what to run if absent. */
    static Installation locate(Path nodeModules) {
        Path home = nodeModules.resolve(PACKAGE);
        Path binary =
                home.resolve("bin").resolve(platform()).resolve(architecture()).resolve("cfn-guard");
        Path rules = home.resolve("rules/control-tower/cfn-guard");
        if (!Files.isExecutable(binary) || !Files.isDirectory(rules)) {
            throw new IllegalStateException(
                    "cfn-guard not found at " + binary.toAbsolutePath().normalize() + ". " + MISSING + ".");
        }
        try {
            String version = JSON.readTree(home.resolve("package.json").toFile())
                    .path("version")
                    .asText();
            return new Installation(binary, rules, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates {@code template} against every bundled rule. */
    static Result validate(Installation guard, Path template) {
        JsonNode output = run(guard, template);
        JsonNode resources;
        try {
            resources = JSON.readTree(template.toFile()).path("Resources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!output.isArray() || output.size() != 1) {
            throw new IllegalStateException("cfn-guard gave no single result for " + template + ": " + output);
        }
        JsonNode report = output.get(0);
        Set<String> passed = names(report.path("compliant"));
        Set<String> notApplicable = names(report.path("not_applicable"));
        Set<String> failedRules = new TreeSet<>();
        List<Finding> failures = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (JsonNode entry : report.path("not_compliant")) {
            String rule = entry.path("Rule").path("name").asText();
            failedRules.add(rule);
            Set<String> named = new TreeSet<>();
            collectResources(entry, named);
            if (named.isEmpty()) {
                failures.add(new Finding(rule, null, null));
            }
            for (String resource : named) {
                String reason = reason(resources.path(resource), rule);
                if (reason == null) {
                    failures.add(new Finding(rule, resource, null));
                } else {
                    suppressed.add(new Finding(rule, resource, reason));
                    used.add(resource + "\n" + rule);
                }
            }
        }
        List<Finding> unused = new ArrayList<>();
        resources.fields().forEachRemaining(resource -> {
            for (JsonNode rule : resource.getValue()
                    .path("Metadata")
                    .path(Suppressions.GUARD)
                    .path(Suppressions.GUARD_RULES)) {
                if (!used.contains(resource.getKey() + "\n" + rule.asText())) {
                    unused.add(
                            new Finding(rule.asText(), resource.getKey(), reason(resource.getValue(), rule.asText())));
                }
            }
        });
        return new Result(template, passed, notApplicable, failedRules, failures, suppressed, unused);
    }

    /** The reason {@code resource} gives for suppressing {@code rule}, or null if it does not suppress it properly. */
    static String reason(JsonNode resource, String rule) {
        JsonNode guard = resource.path("Metadata").path(Suppressions.GUARD);
        boolean listed = false;
        for (JsonNode name : guard.path(Suppressions.GUARD_RULES)) {
            listed |= name.asText().equals(rule);
        }
        String reason =
                guard.path(Suppressions.GUARD_REASONS).path(rule).asText("").strip();
        return listed && reason.length() >= Suppressions.MIN_REASON ? reason : null;
    }

    private static JsonNode run(Installation guard, Path template) {
        try {
            Path out = Files.createTempFile("cfn-guard", ".json");
            Path err = Files.createTempFile("cfn-guard", ".err");
            try {
                Process process = new ProcessBuilder(
                                guard.binary().toString(),
                                "validate",
                                "--rules",
                                guard.rules().toString(),
                                "--data",
                                template.toString(),
                                "--output-format",
                                "json",
                                "--show-summary",
                                "none",
                                "--structured")
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("cfn-guard took over " + TIMEOUT_SECONDS + " s on " + template);
                }
                // 0: all compliant, 19: some rule failed; anything else is cfn-guard failing to run.
                int exit = process.exitValue();
                if (exit != 0 && exit != 19) {
                    throw new IllegalStateException("cfn-guard exited with " + exit + " on " + template + ": "
                            + Files.readString(err, StandardCharsets.UTF_8).strip());
                }
                return JSON.readTree(out.toFile());
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(JsonNode rules) {
        Set<String> names = new TreeSet<>();
        rules.forEach(rule -> names.add(rule.asText()));
        return names;
    }

    /** Logical ids of every {@code /Resources/<id>/...} path anywhere in a failure's checks. */
    private static void collectResources(JsonNode node, Set<String> ids) {
        if (node.isTextual() && node.asText().startsWith("/Resources/")) {
            String[] parts = node.asText().split("/");
            if (parts.length > 2) {
                ids.add(parts[2]);
            }
        }
        node.forEach(child -> collectResources(child, ids));
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            return "ubuntu"; // the package's name for its Linux builds
        }
        if (os.contains("mac")) {
            return "macos";
        }
        throw new IllegalStateException(PACKAGE + " ships cfn-guard for Linux and macOS only, not " + os);
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default ->
                throw new IllegalStateException(PACKAGE + " ships cfn-guard for x86_64 and aarch64 only, not " + arch);
        };
    }
}
