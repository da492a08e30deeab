package io.quickcite.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Deliberate exceptions to the security checks (README: "Security checks"), each with its reason.
 * cdk-nag keeps its suppressions in the resources' {@code cdk_nag} metadata; cfn-guard ones go into the
 * resources' {@code guard} metadata as {@code SuppressedRules} (the names cfn-guard rules use) and
 * {@code Reasons} (rule name to reason), which {@link Guard} reads back.
 */
final class Suppressions {

    static final String GUARD = "guard";
    static final String GUARD_RULES = "SuppressedRules";
    static final String GUARD_REASONS = "Reasons";
    /** cdk-nag refuses shorter reasons; the cfn-guard ones are held to the same bar. */
    static final int MIN_REASON = 10;

    private Suppressions() {}

    /**
     * Suppresses cdk-nag rule {@code ruleId} on the CloudFormation resource of {@code construct} only (not its
     * children), for just the findings in {@code appliesTo} if any are given.
     */
    static void nag(IConstruct construct, String ruleId, String reason, Object... appliesTo) {
        requireReason(ruleId, reason);
        NagPackSuppression.Builder suppression =
                NagPackSuppression.builder().id(ruleId).reason(reason);
        if (appliesTo.length > 0) {
            suppression.appliesTo(List.of(appliesTo));
        }
        NagSuppressions.addResourceSuppressions(cfnResource(construct), List.of(suppression.build()), false);
    }

    /** Suppresses cfn-guard rule {@code rule} on the CloudFormation resource of {@code construct}. */
    @SuppressWarnings("unchecked")
    static void guard(IConstruct construct, String rule, String reason) {
        requireReason(rule, reason);
        CfnResource resource = cfnResource(construct);
        Map<String, Object> guard = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        if (resource.getMetadata(GUARD) instanceof Map<?, ?> existing) {
            guard.putAll((Map<String, Object>) existing);
            rules.addAll((List<String>) existing.get(GUARD_RULES));
            reasons.putAll((Map<String, String>) existing.get(GUARD_REASONS));
        }
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
        reasons.put(rule, reason);
        guard.put(GUARD_RULES, rules);
        guard.put(GUARD_REASONS, reasons);
        resource.addMetadata(GUARD, guard);
    }

    /**
     * A construct aws-cdk-lib adds once per stack, at the stack's top level (the handlers behind
     * BucketDeployment and autoDeleteObjects), found by the start of its id; fails if it is not there.
     */
    static IConstruct cdkSingleton(Stack stack, String idPrefix) {
        return stack.getNode().getChildren().stream()
                .filter(child -> child.getNode().getId().startsWith(idPrefix))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No construct " + idPrefix + "* in stack "
                        + stack.getStackName() + ": aws-cdk-lib changed, review its suppressions"));
    }

    private static CfnResource cfnResource(IConstruct construct) {
        if (construct instanceof CfnResource resource) {
            return resource;
        }
        IConstruct child = construct.getNode().getDefaultChild();
        if (child instanceof CfnResource resource) {
            return resource;
        }
        throw new IllegalArgumentException(
                construct.getNode().getPath() + " has no CloudFormation resource of its own");
    }

    private static void requireReason(String rule, String reason) {
        if (rule == null || rule.isBlank() || reason == null || reason.strip().length() < MIN_REASON) {
            throw new IllegalArgumentException(
                    "Suppressing '" + rule + "' needs a reason of at least " + MIN_REASON + " characters");
        }
    }
}
