package io.quickcite.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;

/** What an operator copies after a deploy: URLs, one embed snippet per site, and names for rollback. */
final class Outputs {

    private Outputs() {}

    static void add(Stack stack, QuickciteConfig config, Cdn cdn, AnswerFunction answers) {
        output(stack, "ApiUrl", "Base URL of the answer API (through CloudFront)", cdn.apiUrl());
        output(stack, "WidgetScriptUrl", "Widget script, immutable for this version", cdn.widgetScriptUrl());
        output(
                stack,
                "CdnDomainName",
                "Point a custom domain's DNS (CNAME or alias) here",
                cdn.distribution.getDistributionDomainName());
        output(
                stack,
                "FunctionName",
                "Function whose alias 'live' serves answers (see README: rollback)",
                answers.function.getFunctionName());
        for (QuickciteConfig.Site site : config.sites()) {
            output(
                    stack,
                    embedSnippetName(site.id()),
                    "Embed snippet for site " + site.id(),
                    embedSnippet(cdn.widgetScriptUrl(), cdn.apiUrl(), site));
        }
    }

    /** The HTML a partner pastes into a page for {@code site}. */
    static String embedSnippet(String scriptUrl, String apiUrl, QuickciteConfig.Site site) {
        return "<script src=\"" + scriptUrl + "\" data-api=\"" + apiUrl + "\" data-site=\"" + site.id()
                + "\" async></script><quickcite-box site=\"" + site.id() + "\" theme=\"" + site.theme()
                + "\"></quickcite-box>";
    }

    /** Output name for a site's snippet: {@code docs-site} gives {@code EmbedSnippetDocsSite}. */
    static String embedSnippetName(String siteId) {
        StringBuilder name = new StringBuilder("EmbedSnippet");
        for (String part : siteId.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static void output(Stack stack, String id, String description, String value) {
        CfnOutput.Builder.create(stack, id)
                .description(description)
                .value(value)
                .build();
    }
}
