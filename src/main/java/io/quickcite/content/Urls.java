package io.quickcite.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The only link forms content may hold: http(s) URLs and, for pages, site paths. */
public final class Urls {

    private Urls() {}

    /** True for an absolute http or https URL with a host. */
    public static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** True for a path on the site itself ("/reports/x"), never a scheme-relative "//host". */
    public static boolean isPagePath(String url) {
        if (!url.startsWith("/") || url.startsWith("//") || url.contains("\\")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() == null && uri.getHost() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
