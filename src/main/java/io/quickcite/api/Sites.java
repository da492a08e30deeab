package io.quickcite.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner sites this deployment serves and the origins each may embed from, configured as
 * {@code quickcite.sites} (env {@code QUICKCITE_SITES}): {@code site=https://a.example,https://b.example;other=https://c.example}.
 */
@Singleton
public final class Sites {

    /** A partner site and its allowed CORS origins. */
    public record Site(String id, Set<String> origins) {}

    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final String defaultSite;

    public Sites(
            @Value("${quickcite.sites}") String config,
            @Value("${quickcite.default-site:default}") String defaultSite) {
        for (String entry : config.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(
                        "quickcite.sites entry '" + entry.strip() + "' is not 'site=origin,origin'");
            }
            String id = entry.substring(0, eq).strip();
            if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw new IllegalArgumentException(
                        "quickcite.sites: site id '" + id + "' must be lower-case letters, digits and '-'");
            }
            List<String> origins = List.of(entry.substring(eq + 1).split(",")).stream()
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .toList();
            for (String origin : origins) {
                if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                    throw new IllegalArgumentException("quickcite.sites: origin '" + origin + "' of site '" + id
                            + "' must be scheme://host[:port]");
                }
            }
            sites.put(id, new Site(id, Set.copyOf(origins)));
        }
        if (!sites.containsKey(defaultSite)) {
            throw new IllegalArgumentException(
                    "quickcite.default-site '" + defaultSite + "' is not among quickcite.sites " + sites.keySet());
        }
        this.defaultSite = defaultSite;
    }

    /** The site named by a request's {@code site} parameter (null: the default site); unknown is a 400. */
    public Site resolve(String id) {
        if (id == null) {
            return sites.get(defaultSite);
        }
        Site site = sites.get(id);
        if (site == null) {
            throw ProblemException.badRequest(
                    "unknown-site", "Unknown site '" + Text.clip(id, Limits.SITE_CHARS) + "'.");
        }
        return site;
    }

    /**
     * The site of a request that may also name one in its body (feedback): the query's; without one, the body's; without
     * either, the default site. A body naming another site than the query is a 400; a null body site names none.
     */
    public Site resolve(String query, String body) {
        Site site = resolve(query != null ? query : body);
        if (query != null && body != null && !body.equals(query)) {
            throw ProblemException.badRequest(
                    "invalid-feedback",
                    "Field 'site' is '" + Text.clip(body, Limits.SITE_CHARS) + "' but the query names site '" + query
                            + "'; give the same site, or leave it out of the body.");
        }
        return site;
    }

    /** Whether some site allows {@code origin}. */
    public boolean anyAllows(String origin) {
        return sites.values().stream().anyMatch(site -> site.origins().contains(origin));
    }

    /** The site named by {@code id}, or null when unknown (no exception). */
    public Site find(String id) {
        return id == null ? sites.get(defaultSite) : sites.get(id);
    }
}
