package io.quickcite.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quickcite.infra.QuickciteConfig.Domain;
import io.quickcite.infra.QuickciteConfig.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads the operator's JSON configuration and rejects anything that cannot be deployed safely,
 * naming the file and the JSON path of the first problem.
 */
final class ConfigReader {

    static final List<String> KEYS = List.of(
            "stage",
            "sites",
            "defaultSite",
            "cacheSeconds",
            "throttle",
            "reservedConcurrency",
            "tracing",
            "logRetentionDays",
            "latencyAlarmMs",
            "alarmEmail",
            "domain");
    static final List<String> THEMES = List.of("light", "dark", "auto");
    /** The retention periods CloudWatch Logs accepts. */
    static final List<Integer> RETENTION_DAYS = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private static final Pattern STAGE = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final Pattern SITE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern ORIGIN = Pattern.compile("https://" + LABEL + "(\\." + LABEL + ")*(:[0-9]{1,5})?");
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")+");
    private static final Pattern CERTIFICATE =
            Pattern.compile("arn:aws:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]{36}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String source;

    private ConfigReader(String source) {
        this.source = source;
    }

    /** Reads and validates {@code file}; throws {@link ConfigException} naming the file on any problem. */
    static QuickciteConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(
                    "Config file not found: " + file.toAbsolutePath().normalize());
        }
        String source = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(
                    source + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigReader(source).parse(root);
    }

    private QuickciteConfig parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("must hold one JSON object");
        }
        rejectUnknownKeys(root, "", KEYS);
        String stage = requiredText(root, "stage");
        if (!STAGE.matcher(stage).matches()) {
            throw fail(
                    "stage '" + stage + "' must be 1-20 lowercase letters, digits or hyphens, starting with a letter");
        }
        List<Site> sites = sites(root.get("sites"));
        String defaultSite =
                optionalText(root, "defaultSite").orElse(sites.getFirst().id());
        if (sites.stream().noneMatch(site -> site.id().equals(defaultSite))) {
            throw fail("defaultSite '" + defaultSite + "' is not one of the sites");
        }
        int cacheSeconds =
                wholeNumber(root, "cacheSeconds", "cacheSeconds", 0, 86_400).orElse(300);
        JsonNode throttle = optionalObject(root, "throttle", "throttle");
        rejectUnknownKeys(throttle, "throttle.", List.of("rateLimit", "burstLimit"));
        int rateLimit = wholeNumber(throttle, "rateLimit", "throttle.rateLimit", 1, 10_000)
                .orElse(50);
        int burstLimit = wholeNumber(throttle, "burstLimit", "throttle.burstLimit", 1, 5_000)
                .orElse(100);
        OptionalInt reserved = wholeNumber(root, "reservedConcurrency", "reservedConcurrency", 1, 1_000);
        boolean tracing = bool(root, "tracing");
        int retention = wholeNumber(root, "logRetentionDays", "logRetentionDays", 1, 3653)
                .orElse(30);
        if (!RETENTION_DAYS.contains(retention)) {
            throw fail("logRetentionDays must be one of " + RETENTION_DAYS + ", got " + retention);
        }
        int latencyAlarmMs = wholeNumber(root, "latencyAlarmMs", "latencyAlarmMs", 100, 30_000)
                .orElse(2000);
        Optional<String> email = optionalText(root, "alarmEmail");
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            throw fail("alarmEmail '" + email.get() + "' is not an email address");
        }
        return new QuickciteConfig(
                stage,
                sites,
                defaultSite,
                cacheSeconds,
                rateLimit,
                burstLimit,
                reserved,
                tracing,
                retention,
                latencyAlarmMs,
                email,
                domain(optionalObject(root, "domain", "domain")));
    }

    private List<Site> sites(JsonNode node) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            throw fail("sites must list at least one site");
        }
        if (!node.isArray()) {
            throw fail("sites must be a list");
        }
        List<Site> sites = new ArrayList<>();
        Map<String, String> outputNames = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "sites[" + i + "]";
            JsonNode site = node.get(i);
            if (!site.isObject()) {
                throw fail(path + " must be an object");
            }
            rejectUnknownKeys(site, path + ".", List.of("id", "origins", "theme"));
            String id = requiredText(site, "id", path + ".id");
            if (!SITE_ID.matcher(id).matches() || id.length() > 40) {
                throw fail(path + ".id '" + id
                        + "' must be 1-40 lowercase letters or digits, single hyphens between them");
            }
            if (sites.stream().anyMatch(other -> other.id().equals(id))) {
                throw fail(path + ".id '" + id + "' is listed twice");
            }
            String clash = outputNames.put(Outputs.embedSnippetName(id), id);
            if (clash != null) {
                throw fail(path + ".id '" + id + "' and '" + clash + "' would share the output "
                        + Outputs.embedSnippetName(id) + "; rename one");
            }
            String theme = optionalText(site, "theme", path + ".theme").orElse("auto");
            if (!THEMES.contains(theme)) {
                throw fail(path + ".theme '" + theme + "' must be one of light, dark, auto");
            }
            sites.add(new Site(id, origins(site.get("origins"), path + ".origins"), theme));
        }
        return sites;
    }

    private List<String> origins(JsonNode node, String path) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            throw fail(path + " must list at least one https origin");
        }
        if (!node.isArray()) {
            throw fail(path + " must be a list");
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            if (!node.get(i).isTextual()) {
                throw fail(at + " must be a string");
            }
            String origin = node.get(i).asText();
            if (origin.contains("*")) {
                throw fail(at + " '" + origin + "' must not be a wildcard: list each origin");
            }
            if (!origin.startsWith("https://")) {
                throw fail(at + " '" + origin + "' must use https");
            }
            if (!ORIGIN.matcher(origin).matches()) {
                throw fail(at + " '" + origin + "' must be https://host[:port] with a lowercase host and no path");
            }
            if (origins.contains(origin)) {
                throw fail(at + " '" + origin + "' is listed twice");
            }
            origins.add(origin);
        }
        return origins;
    }

    private Optional<Domain> domain(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        rejectUnknownKeys(node, "domain.", List.of("name", "certificateArn"));
        String name = requiredText(node, "name", "domain.name");
        if (!DOMAIN.matcher(name).matches()) {
            throw fail("domain.name '" + name + "' must be a lowercase host name such as answers.example.com");
        }
        String certificate = requiredText(node, "certificateArn", "domain.certificateArn");
        if (!CERTIFICATE.matcher(certificate).matches()) {
            throw fail(
                    "domain.certificateArn '" + certificate
                            + "' must be an ACM certificate ARN in us-east-1, the only region CloudFront takes certificates from");
        }
        return Optional.of(new Domain(name, certificate));
    }

    private void rejectUnknownKeys(JsonNode node, String prefix, List<String> known) {
        if (node == null) {
            return;
        }
        for (String key : (Iterable<String>) node::fieldNames) {
            if (!known.contains(key)) {
                throw fail("unknown key '" + prefix + key + "' (known: " + String.join(", ", known) + ")");
            }
        }
    }

    private String requiredText(JsonNode node, String key) {
        return requiredText(node, key, key);
    }

    private String requiredText(JsonNode node, String key, String path) {
        return optionalText(node, key, path).orElseThrow(() -> fail(path + " is required"));
    }

    private Optional<String> optionalText(JsonNode node, String key) {
        return optionalText(node, key, key);
    }

    private Optional<String> optionalText(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw fail(path + " must be a string");
        }
        return Optional.of(value.asText());
    }

    private JsonNode optionalObject(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw fail(path + " must be an object");
        }
        return value;
    }

    private OptionalInt wholeNumber(JsonNode node, String key, String path, int min, int max) {
        JsonNode value = node == null ? null : node.get(key);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw fail(path + " must be a whole number from " + min + " to " + max + ", got " + value);
        }
        return OptionalInt.of(value.asInt());
    }

    private boolean bool(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw fail(key + " must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    private ConfigException fail(String problem) {
        return new ConfigException(source + ": " + problem);
    }
}
