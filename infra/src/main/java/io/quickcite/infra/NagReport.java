package io.quickcite.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON compliance report cdk-nag's AwsSolutions pack writes into the cloud assembly for each stack
 * ({@code AwsSolutions-<stack>-NagReport.json}): one line per rule and resource it checked.
 *
 * @param findings the lines that are neither compliant nor suppressed ("Non-Compliant", or "UNKNOWN" when a
 *                 rule could not be evaluated), as {@code level ruleId resource}
 */
record NagReport(Path file, int errors, int warnings, int suppressed, int compliant, List<String> findings) {

    static final String PACK = "AwsSolutions";

    /** The report for {@code stackName} in the cloud assembly {@code outdir}. */
    static Path file(Path outdir, String stackName) {
        return outdir.resolve(PACK + "-" + stackName + "-NagReport.json");
    }

    static NagReport read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("cdk-nag report " + file + " is missing: was the stack synthesized "
                    + "with the " + PACK + " checks?");
        }
        JsonNode lines;
        try {
            lines = new ObjectMapper().readTree(file.toFile()).path("lines");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int errors = 0;
        int warnings = 0;
        int suppressed = 0;
        int compliant = 0;
        List<String> findings = new ArrayList<>();
        for (JsonNode line : lines) {
            String compliance = line.path("compliance").asText();
            String level = line.path("ruleLevel").asText();
            switch (compliance) {
                case "Compliant" -> compliant++;
                case "Suppressed" -> suppressed++;
                default -> {
                    if (level.equals("Warning")) {
                        warnings++;
                    } else {
                        errors++;
                    }
                    findings.add(level + " " + line.path("ruleId").asText() + " "
                            + line.path("resourceId").asText() + " (" + compliance + ")");
                }
            }
        }
        return new NagReport(file, errors, warnings, suppressed, compliant, List.copyOf(findings));
    }

    boolean ok() {
        return errors == 0 && warnings == 0;
    }

    /** One line for deploy.sh --dry-run. */
    String summary() {
        String stack = file.getFileName().toString().replace(PACK + "-", "").replace("-NagReport.json", "");
        return "cdk-nag " + PACK + " (" + stack + "): " + errors + " errors, " + warnings + " warnings, " + suppressed
                + " suppressed, " + compliant + " compliant";
    }
}
