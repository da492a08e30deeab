package io.quickcite.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quickcite.infra.QuickciteConfig.Domain;
import io.quickcite.infra.QuickciteConfig.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every configuration an operator could get wrong is rejected with a message naming the file and JSON path. */
class ConfigReaderTest {

    static final String MINIMAL = """
            {"stage": "prod", "sites": [{"id": "default", "origins": ["https://www.example.com"]}]}
            """;
    static final String FULL = """
            {
              "stage": "staging",
              "sites": [
                {"id": "docs", "origins": ["https://docs.example.org", "https://www.example.org:8443"], "theme": "light"},
                {"id": "partner-blog", "origins": ["https://blog.partner.example"], "theme": "dark"}
              ],
              "defaultSite": "partner-blog",
              "cacheSeconds": 120,
              "throttle": {"rateLimit": 20, "burstLimit": 40},
              "reservedConcurrency": 10,
              "tracing": true,
              "logRetentionDays": 90,
              "latencyAlarmMs": 1500,
              "alarmEmail": "ops@example.org",
              "domain": {
                "name": "answers.example.org",
                "certificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void minimalConfigGetsDocumentedDefaults() {
        QuickciteConfig config = ConfigReader.read(TestInputs.config(dir, MINIMAL));

        assertEquals(
                new QuickciteConfig(
                        "prod",
                        List.of(new Site("default", List.of("https://www.example.com"), "auto")),
                        "default",
                        300,
                        50,
                        100,
                        OptionalInt.empty(),
                        false,
                        30,
                        2000,
                        Optional.empty(),
                        Optional.empty()),
                config);
    }

    @Test
    void fullConfigKeepsEveryValue() {
        QuickciteConfig config = ConfigReader.read(TestInputs.config(dir, FULL));

        assertEquals(
                new QuickciteConfig(
                        "staging",
                        List.of(
                                new Site(
                                        "docs",
                                        List.of("https://docs.example.org", "https://www.example.org:8443"),
                                        "light"),
                                new Site("partner-blog", List.of("https://blog.partner.example"), "dark")),
                        "partner-blog",
                        120,
                        20,
                        40,
                        OptionalInt.of(10),
                        true,
                        90,
                        1500,
                        Optional.of("ops@example.org"),
                        Optional.of(
                                new Domain(
                                        "answers.example.org",
                                        "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"))),
                config);
    }

    @Test
    void sitesVariableIsWhatTheFunctionParses() {
        QuickciteConfig config = ConfigReader.read(TestInputs.config(dir, FULL));

        assertEquals(
                "docs=https://docs.example.org,https://www.example.org:8443;partner-blog=https://blog.partner.example",
                config.sitesVariable());
    }

    @Test
    void shippedExampleConfigIsValid() {
        QuickciteConfig config = ConfigReader.read(Path.of("quickcite.json"));

        assertEquals("prod", config.stage());
        assertEquals(
                List.of(new Site("default", List.of("https://www.example.com", "https://example.com"), "auto")),
                config.sites());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.read(missing));

        assertEquals("Config file not found: " + missing, e.getMessage());
    }

    static Stream<Arguments> invalidConfigs() {
        String site = "{\"id\": \"default\", \"origins\": [\"https://www.example.com\"]}";
        String sites = "\"sites\": [" + site + "]";
        String valid = "\"stage\": \"prod\", " + sites;
        return Stream.of(
                Arguments.of(
                        "broken JSON", "{\"stage\": \"prod\",\n  \"sites\": [}", "not valid JSON at line 2, column 13"),
                Arguments.of("not an object", "[]", "must hold one JSON object"),
                Arguments.of(
                        "unknown top-level key",
                        "{" + valid + ", \"stages\": \"x\"}",
                        "unknown key 'stages' (known: stage, sites, defaultSite, cacheSeconds, throttle, "
                                + "reservedConcurrency, tracing, logRetentionDays, latencyAlarmMs, alarmEmail, domain)"),
                Arguments.of("stage missing", "{" + sites + "}", "stage is required"),
                Arguments.of("stage not a string", "{\"stage\": 1, " + sites + "}", "stage must be a string"),
                Arguments.of(
                        "stage with capitals",
                        "{\"stage\": \"Prod\", " + sites + "}",
                        "stage 'Prod' must be 1-20 lowercase letters, digits or hyphens, starting with a letter"),
                Arguments.of("sites missing", "{\"stage\": \"prod\"}", "sites must list at least one site"),
                Arguments.of(
                        "sites empty", "{\"stage\": \"prod\", \"sites\": []}", "sites must list at least one site"),
                Arguments.of(
                        "sites not a list", "{\"stage\": \"prod\", \"sites\": " + site + "}", "sites must be a list"),
                Arguments.of(
                        "site not an object",
                        "{\"stage\": \"prod\", \"sites\": [\"default\"]}",
                        "sites[0] must be an object"),
                Arguments.of(
                        "unknown site key",
                        "{\"stage\": \"prod\", \"sites\": [{\"id\": \"default\", "
                                + "\"origin\": \"https://www.example.com\"}]}",
                        "unknown key 'sites[0].origin' (known: id, origins, theme)"),
                Arguments.of(
                        "site id missing",
                        "{\"stage\": \"prod\", \"sites\": [{\"origins\": [\"https://a.example\"]}]}",
                        "sites[0].id is required"),
                Arguments.of(
                        "site id with underscore",
                        siteConfig("\"Docs_1\"", "[\"https://a.example\"]", null),
                        "sites[0].id 'Docs_1' must be 1-40 lowercase letters or digits, single hyphens between them"),
                Arguments.of(
                        "site id too long",
                        siteConfig("\"" + "a".repeat(41) + "\"", "[\"https://a.example\"]", null),
                        "sites[0].id '" + "a".repeat(41)
                                + "' must be 1-40 lowercase letters or digits, single hyphens between them"),
                Arguments.of(
                        "site listed twice",
                        "{\"stage\": \"prod\", \"sites\": [" + site + ", " + site + "]}",
                        "sites[1].id 'default' is listed twice"),
                Arguments.of(
                        "site ids sharing an output name",
                        "{\"stage\": \"prod\", \"sites\": ["
                                + "{\"id\": \"docs-2\", \"origins\": [\"https://a.example\"]}, "
                                + "{\"id\": \"docs2\", \"origins\": [\"https://b.example\"]}]}",
                        "sites[1].id 'docs2' and 'docs-2' would share the output EmbedSnippetDocs2; rename one"),
                Arguments.of(
                        "unknown theme",
                        siteConfig("\"default\"", "[\"https://a.example\"]", "\"blue\""),
                        "sites[0].theme 'blue' must be one of light, dark, auto"),
                Arguments.of(
                        "origins missing",
                        "{\"stage\": \"prod\", \"sites\": [{\"id\": \"default\"}]}",
                        "sites[0].origins must list at least one https origin"),
                Arguments.of(
                        "origins empty",
                        siteConfig("\"default\"", "[]", null),
                        "sites[0].origins must list at least one https origin"),
                Arguments.of(
                        "origins not a list",
                        siteConfig("\"default\"", "\"https://a.example\"", null),
                        "sites[0].origins must be a list"),
                Arguments.of(
                        "origin not a string",
                        siteConfig("\"default\"", "[443]", null),
                        "sites[0].origins[0] must be a string"),
                Arguments.of(
                        "plain http origin",
                        siteConfig("\"default\"", "[\"http://www.example.com\"]", null),
                        "sites[0].origins[0] 'http://www.example.com' must use https"),
                Arguments.of(
                        "wildcard origin",
                        siteConfig("\"default\"", "[\"*\"]", null),
                        "sites[0].origins[0] '*' must not be a wildcard: list each origin"),
                Arguments.of(
                        "wildcard subdomain origin",
                        siteConfig("\"default\"", "[\"https://a.example\", \"https://*.example.com\"]", null),
                        "sites[0].origins[1] 'https://*.example.com' must not be a wildcard: list each origin"),
                Arguments.of(
                        "origin with a path",
                        siteConfig("\"default\"", "[\"https://www.example.com/\"]", null),
                        "sites[0].origins[0] 'https://www.example.com/' must be https://host[:port] with a lowercase host and no path"),
                Arguments.of(
                        "origin with capitals",
                        siteConfig("\"default\"", "[\"https://WWW.example.com\"]", null),
                        "sites[0].origins[0] 'https://WWW.example.com' must be https://host[:port] with a lowercase host and no path"),
                Arguments.of(
                        "origin listed twice",
                        siteConfig("\"default\"", "[\"https://a.example\", \"https://a.example\"]", null),
                        "sites[0].origins[1] 'https://a.example' is listed twice"),
                Arguments.of(
                        "default site not configured",
                        "{" + valid + ", \"defaultSite\": \"blog\"}",
                        "defaultSite 'blog' is not one of the sites"),
                Arguments.of(
                        "negative cacheSeconds",
                        "{" + valid + ", \"cacheSeconds\": -1}",
                        "cacheSeconds must be a whole number from 0 to 86400, got -1"),
                Arguments.of(
                        "cacheSeconds as text",
                        "{" + valid + ", \"cacheSeconds\": \"300\"}",
                        "cacheSeconds must be a whole number from 0 to 86400, got \"300\""),
                Arguments.of(
                        "fractional cacheSeconds",
                        "{" + valid + ", \"cacheSeconds\": 1.5}",
                        "cacheSeconds must be a whole number from 0 to 86400, got 1.5"),
                Arguments.of(
                        "throttle not an object", "{" + valid + ", \"throttle\": 50}", "throttle must be an object"),
                Arguments.of(
                        "unknown throttle key",
                        "{" + valid + ", \"throttle\": {\"rate\": 5}}",
                        "unknown key 'throttle.rate' (known: rateLimit, burstLimit)"),
                Arguments.of(
                        "zero rate limit",
                        "{" + valid + ", \"throttle\": {\"rateLimit\": 0}}",
                        "throttle.rateLimit must be a whole number from 1 to 10000, got 0"),
                Arguments.of(
                        "burst limit too high",
                        "{" + valid + ", \"throttle\": {\"burstLimit\": 5001}}",
                        "throttle.burstLimit must be a whole number from 1 to 5000, got 5001"),
                Arguments.of(
                        "zero reserved concurrency",
                        "{" + valid + ", \"reservedConcurrency\": 0}",
                        "reservedConcurrency must be a whole number from 1 to 1000, got 0"),
                Arguments.of(
                        "tracing as text",
                        "{" + valid + ", \"tracing\": \"yes\"}",
                        "tracing must be true or false, got \"yes\""),
                Arguments.of(
                        "retention CloudWatch does not offer",
                        "{" + valid + ", \"logRetentionDays\": 10}",
                        "logRetentionDays must be one of [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, "
                                + "731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], got 10"),
                Arguments.of(
                        "latency alarm too low",
                        "{" + valid + ", \"latencyAlarmMs\": 50}",
                        "latencyAlarmMs must be a whole number from 100 to 30000, got 50"),
                Arguments.of(
                        "alarm email without domain",
                        "{" + valid + ", \"alarmEmail\": \"ops\"}",
                        "alarmEmail 'ops' is not an email address"),
                Arguments.of(
                        "domain not an object",
                        "{" + valid + ", \"domain\": \"answers.example.org\"}",
                        "domain must be an object"),
                Arguments.of(
                        "unknown domain key",
                        "{" + valid + ", \"domain\": {\"host\": \"answers.example.org\"}}",
                        "unknown key 'domain.host' (known: name, certificateArn)"),
                Arguments.of(
                        "domain name missing",
                        "{" + valid + ", \"domain\": {\"certificateArn\": \"x\"}}",
                        "domain.name is required"),
                Arguments.of(
                        "domain name with capitals",
                        "{" + valid + ", \"domain\": {\"name\": \"Answers.Example.org\"}}",
                        "domain.name 'Answers.Example.org' must be a lowercase host name such as answers.example.com"),
                Arguments.of(
                        "certificate missing",
                        "{" + valid + ", \"domain\": {\"name\": \"answers.example.org\"}}",
                        "domain.certificateArn is required"),
                Arguments.of(
                        "certificate outside us-east-1",
                        "{" + valid + ", \"domain\": {\"name\": \"answers.example.org\", "
                                + "\"certificateArn\": \"arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012\"}}",
                        "domain.certificateArn 'arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012'"
                                + " must be an ACM certificate ARN in us-east-1, the only region CloudFront takes certificates from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigs")
    void invalidConfigIsRejectedWithItsMessage(String what, String json, String message) {
        Path file = TestInputs.config(dir, json);

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigReader.read(file));

        assertEquals("quickcite.json: " + message, e.getMessage());
    }

    private static String siteConfig(String id, String origins, String theme) {
        return "{\"stage\": \"prod\", \"sites\": [{\"id\": " + id + ", \"origins\": " + origins
                + (theme == null ? "" : ", \"theme\": " + theme) + "}]}";
    }
}
