package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated OpenAPI description itself: it lists exactly the application's routes, its examples match its
 * schemas, the schema holders match the engine's records, and the validation the contract tests rely on is strict
 * enough to catch drift (a changed response or a changed description fails).
 */
@MicronautTest
class OpenApiDescriptionTest {

    private static final String ANSWERED = "q=When+did+the+AI+Subsidy+Scheme+open%3F";
    private static final String MAPPING = "micronaut.openapi.schema.mapping.";

    @Inject
    ApplicationContext context;

    @Inject
    Router router;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    @Test
    void listsExactlyTheApplicationsRoutes() {
        // Micronaut answers HEAD on every GET route by itself; OpenAPI descriptions leave that implicit.
        Set<String> routes = router.uriRoutes()
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>();
        OpenApiDescription.model()
                .getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().keySet().forEach(method -> described.add(method.name() + " " + path)));
        assertEquals(
                Set.of("GET /answer", "GET /faq", "GET /health", "GET /site", "GET /suggest", "POST /feedback"),
                described);
        assertEquals(routes, described, "routes of the application vs operations of the description");
    }

    @Test
    void everyOperationHasAnIdASummaryAndOnlyItsOwnParameters() {
        OpenApiDescription.model()
                .getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    assertEquals(path.substring(1), op.getOperationId(), path);
                    assertTrue(op.getSummary() != null && !op.getSummary().isBlank(), path);
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> {
                            assertEquals("query", p.getIn(), path + " " + p.getName());
                            assertEquals("string", p.getSchema().getType(), path + " " + p.getName());
                        });
                    }
                }));
    }

    @Test
    void everyObjectSchemaRequiresEveryFieldTheApiAlwaysSends() {
        OpenApiDescription.model().getComponents().getSchemas().forEach((name, schema) -> {
            if (name.equals("AnswerOrNull") || name.equals("NoAnswer")) {
                return; // the null idiom, no object of its own (nullMeansTheSameToEveryValidator)
            }
            Set<String> properties = new TreeSet<>(schema.getProperties().keySet());
            Set<String> required = new TreeSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            if (name.equals("FeedbackRequest")) {
                assertEquals(Set.of("answerId", "helpful"), required, name);
            } else if (name.equals("AnswerResponse")) {
                properties.remove("corrected"); // sent only when the engine corrected the question
                assertEquals(properties, required, name + ": the API sends every field but corrected, null or not");
            } else {
                assertEquals(properties, required, name + ": the API sends every field, null or not");
            }
        });
    }

    /**
     * "answer": null is valid OpenAPI 3.0 for a strict validator: nullable only widens a type in the same schema
     * (3.0.3), so no schema may be nullable without a type, and a null answer is the NoAnswer alternative of an anyOf.
     */
    @Test
    void nullMeansTheSameToEveryValidator() {
        OpenAPI api = OpenApiDescription.model();
        List<String> typeless = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            visit(schema, name, typeless);
        });
        assertEquals(List.of(), typeless, "nullable schemas without a type");
        Schema<?> answer = property(api, "AnswerResponse", "answer");
        assertEquals(
                "#/components/schemas/AnswerOrNull", answer.getAllOf().get(0).get$ref());
        Schema<?> orNull = api.getComponents().getSchemas().get("AnswerOrNull");
        assertEquals("object", orNull.getType());
        assertEquals(true, orNull.getNullable());
        assertEquals(
                List.of("#/components/schemas/Answer", "#/components/schemas/NoAnswer"),
                orNull.getAnyOf().stream().map(Schema::get$ref).toList());
        Schema<?> none = api.getComponents().getSchemas().get("NoAnswer");
        assertEquals(true, none.getNullable());
        assertEquals(java.util.Collections.singletonList(null), none.getEnum());
        LambdaClient.Response unanswered = lambda.get("/answer", "q=When+does+the+Hong+Kong+marathon+start%3F");
        assertTrue(unanswered.body().contains("\"answer\":null"), unanswered.body());
        OpenApiInteractionValidator validator = OpenApiDescription.validator();
        assertFalse(
                validate(validator, "/answer", unanswered, unanswered.body()).hasErrors(),
                OpenApiDescription.errors(validate(validator, "/answer", unanswered, unanswered.body())));
        for (String wrong : List.of("{}", "7", "\"none\"", "[]", "false")) {
            String body = unanswered.body().replace("\"answer\":null", "\"answer\":" + wrong);
            assertTrue(validate(validator, "/answer", unanswered, body).hasErrors(), body);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void visit(Schema<?> schema, String where, List<String> typeless) {
        if (schema == null) {
            return;
        }
        if (Boolean.TRUE.equals(schema.getNullable()) && schema.getType() == null) {
            typeless.add(where);
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) (Map) schema.getProperties()).forEach((k, v) -> visit(v, where + "." + k, typeless));
        }
        visit(schema.getItems(), where + "[]", typeless);
    }

    @Test
    void everyExampleMatchesItsSchema() {
        OpenAPI api = OpenApiDescription.model();
        List<String> checked = new ArrayList<>();
        Map<String, MediaType> media = new LinkedHashMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String where = method + " " + path;
                    if (op.getRequestBody() != null) {
                        op.getRequestBody().getContent().forEach((type, m) -> media.put(where + " request " + type, m));
                    }
                    op.getResponses().forEach((status, response) -> {
                        if (response.getContent() != null) {
                            response.getContent().forEach((type, m) -> media.put(where + " " + status + " " + type, m));
                        }
                    });
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> {
                            assertTrue(p.getExample() != null, where + " parameter " + p.getName() + " has no example");
                            assertValid(
                                    api,
                                    TextNode.valueOf(String.valueOf(p.getExample())),
                                    p.getSchema(),
                                    where + " parameter " + p.getName());
                            checked.add(where + " " + p.getName());
                        });
                    }
                }));
        api.getComponents()
                .getResponses()
                .forEach((name, response) -> response.getContent()
                        .forEach((type, m) -> media.put("components/responses/" + name + " " + type, m)));
        media.forEach((where, m) -> {
            if (m.getExample() != null) {
                assertValid(api, OpenApiDescription.json(m.getExample()), m.getSchema(), where);
                checked.add(where);
            }
            if (m.getExamples() != null) {
                m.getExamples().forEach((name, example) -> {
                    if (example.get$ref() != null) {
                        String component = example.get$ref().substring("#/components/examples/".length());
                        example = api.getComponents().getExamples().get(component);
                        assertTrue(
                                example != null,
                                where + " example " + name + " refers to a missing components/examples/" + component);
                    }
                    assertValid(
                            api,
                            OpenApiDescription.json(example.getValue()),
                            m.getSchema(),
                            where + " example " + name);
                    checked.add(where + " " + name);
                });
            }
            assertTrue(m.getExample() != null || m.getExamples() != null, where + " has no example");
        });
        assertTrue(checked.contains("GET /answer 200 application/json unanswered"), checked.toString());
    }

    @Test
    void exampleValidationIsStrict() throws IOException {
        OpenAPI api = OpenApiDescription.model();
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        String valid = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"x\"}";
        assertFalse(OpenApiDescription.validateJson(api, Json.mapper().readTree(valid), problem, "example")
                .hasErrors());
        for (String invalid : List.of(
                valid.replace(",\"detail\":\"x\"", ""),
                valid.replace("}", ",\"extra\":1}"),
                valid.replace("404", "\"404\""),
                valid.replace("404", "200"))) {
            assertTrue(
                    OpenApiDescription.validateJson(api, Json.mapper().readTree(invalid), problem, "example")
                            .hasErrors(),
                    invalid);
        }
    }

    private static void assertValid(OpenAPI api, JsonNode json, Schema<?> schema, String where) {
        ValidationReport report = OpenApiDescription.validateJson(api, json, schema, "example");
        assertFalse(report.hasErrors(), where + ": " + OpenApiDescription.errors(report) + "\n" + json);
    }

    /**
     * The engine's records are described by holders (src/main/openapi/openapi.properties) so that the engine needs no
     * OpenAPI annotations; each holder must have its record's components, same names, same order, matching types.
     */
    @Test
    void schemaHoldersHaveTheirRecordsComponents() throws Exception {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/openapi/openapi.properties"))) {
            config.load(in);
        }
        Map<Class<?>, Class<?>> holders = new LinkedHashMap<>();
        for (String key : config.stringPropertyNames()) {
            if (key.startsWith(MAPPING)) {
                holders.put(Class.forName(key.substring(MAPPING.length())), Class.forName(config.getProperty(key)));
            }
        }
        assertEquals(9, holders.size(), holders.toString());
        holders.forEach((record, holder) -> {
            assertTrue(record.isRecord() && holder.isRecord(), record + " / " + holder);
            RecordComponent[] real = record.getRecordComponents();
            RecordComponent[] described = holder.getRecordComponents();
            assertEquals(names(real), names(described), holder + " must have the components of " + record);
            for (int i = 0; i < real.length; i++) {
                assertEquals(
                        holderType(real[i].getGenericType(), holders),
                        described[i].getGenericType().getTypeName(),
                        holder.getSimpleName() + "." + described[i].getName());
            }
        });
    }

    private static List<String> names(RecordComponent[] components) {
        return java.util.Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    /** The type a holder should declare for a record component's type: holders in place of described records. */
    private static String holderType(Type type, Map<Class<?>, Class<?>> holders) {
        if (type instanceof ParameterizedType p) {
            String args = java.util.Arrays.stream(p.getActualTypeArguments())
                    .map(t -> holderType(t, holders))
                    .collect(Collectors.joining(", "));
            return p.getRawType().getTypeName() + "<" + args + ">";
        }
        if (type instanceof Class<?> c && holders.containsKey(c)) {
            return holders.get(c).getTypeName();
        }
        return type.getTypeName();
    }

    // --- the validation is strict enough to catch drift ---

    @Test
    void aChangedAnswerFails() throws IOException {
        LambdaClient.Response real = lambda.get("/answer", ANSWERED);
        OpenApiInteractionValidator validator = OpenApiDescription.validator();
        assertFalse(validate(validator, "/answer", real, real.body()).hasErrors(), "the real response is valid");

        assertRejected(
                validator,
                "/answer",
                real,
                b -> ((ObjectNode) b).remove("tookMs"),
                "validation.response.body.schema.required");
        assertRejected(validator, "/answer", real, b -> ((ObjectNode) b).put("score", 1), "additionalProperties");
        assertRejected(
                validator,
                "/answer",
                real,
                b -> ((ObjectNode) b.get("answer").get("document")).put("lang", "en"),
                "additionalProperties");
        assertRejected(
                validator,
                "/answer",
                real,
                b -> ((ObjectNode) b).set("answer", Json.mapper().createObjectNode()),
                null);
        assertRejected(
                validator,
                "/answer",
                real,
                b -> ((ObjectNode) b.get("answer").get("citations").get(0)).put("n", "3"),
                null);
        assertRejected(
                validator,
                "/answer",
                real,
                b -> ((ObjectNode) b.get("answer").get("citations").get(0)).put("title", 3),
                null);
        assertRejected(validator, "/answer", real, b -> ((ObjectNode) b).remove("sections"), null);
        assertRejected(
                validator,
                "/answer",
                real,
                b -> ((ObjectNode) b.get("answer").get("markers").get(0)).put("n", "3"),
                null);
        assertRejected(validator, "/answer", real, b -> ((ObjectNode) b.get("answer")).put("kind", "guess"), null);
        assertRejected(
                validator, "/answer", real, b -> ((ArrayNode) b.get("answer").get("highlights")).add("17-31"), null);
        assertRejected(validator, "/answer", real, b -> ((ObjectNode) b).putNull("related"), null);
    }

    @Test
    void aChangedStatusContentTypeHeaderOrProblemFails() {
        OpenApiInteractionValidator validator = OpenApiDescription.validator();
        LambdaClient.Response ok = lambda.get("/health", "");
        assertFalse(validate(validator, "/health", ok, ok.body()).hasErrors());
        assertTrue(
                validator
                        .validateResponse(
                                "/health",
                                Request.Method.GET,
                                SimpleResponse.Builder.status(201)
                                        .withContentType("application/json")
                                        .withHeader("Cache-Control", "no-store")
                                        .withBody(ok.body())
                                        .build())
                        .hasErrors(),
                "undocumented status");
        assertTrue(
                validator
                        .validateResponse(
                                "/health",
                                Request.Method.GET,
                                SimpleResponse.Builder.ok()
                                        .withContentType("text/plain")
                                        .withHeader("Cache-Control", "no-store")
                                        .withBody(ok.body())
                                        .build())
                        .hasErrors(),
                "wrong content type");
        assertTrue(
                validator
                        .validateResponse(
                                "/health",
                                Request.Method.GET,
                                SimpleResponse.Builder.ok()
                                        .withContentType("application/json")
                                        .withBody(ok.body())
                                        .build())
                        .hasErrors(),
                "no Cache-Control");

        LambdaClient.Response problem = lambda.get("/answer", "");
        assertEquals(400, problem.status());
        assertFalse(validate(validator, "/answer", problem, problem.body()).hasErrors());
        assertTrue(
                validate(validator, "/answer", problem, problem.body().replace(",\"detail\"", ",\"message\""))
                        .hasErrors(),
                "problem without detail");
        assertTrue(
                validator
                        .validateResponse(
                                "/answer",
                                Request.Method.GET,
                                SimpleResponse.Builder.badRequest()
                                        .withContentType("application/json")
                                        .withHeader("Cache-Control", "no-store")
                                        .withBody(problem.body())
                                        .build())
                        .hasErrors(),
                "a problem must be application/problem+json");
    }

    @Test
    void aChangedDescriptionFailsTheRealResponses() {
        LambdaClient.Response answered = lambda.get("/answer", ANSWERED);
        LambdaClient.Response problem = lambda.get("/answer", "");
        LambdaClient.Response health = lambda.get("/health", "");

        assertDescriptionRejects(
                api -> api.getComponents()
                        .getSchemas()
                        .get("AnswerResponse")
                        .getProperties()
                        .remove("tookMs"),
                "/answer",
                answered);
        assertDescriptionRejects(api -> property(api, "Citation", "url").setNullable(null), "/answer", answered);
        assertDescriptionRejects(api -> property(api, "Citation", "n").setType("string"), "/answer", answered);
        assertDescriptionRejects(
                api -> api.getComponents().getSchemas().get("Document").addRequiredItem("language"),
                "/answer",
                answered);
        assertDescriptionRejects(
                api -> api.getPaths().get("/answer").getGet().getResponses().remove("400"), "/answer", problem);
        assertDescriptionRejects(
                api -> property(api, "Health", "passages").setMaximum(java.math.BigDecimal.TEN), "/health", health);
    }

    private static Schema<?> property(OpenAPI api, String schema, String property) {
        return (Schema<?>)
                api.getComponents().getSchemas().get(schema).getProperties().get(property);
    }

    private void assertDescriptionRejects(Consumer<OpenAPI> change, String path, LambdaClient.Response real) {
        OpenAPI api = OpenApiDescription.model();
        change.accept(api);
        ValidationReport report = OpenApiDescription.validator(api)
                .validateResponse(path, Request.Method.GET, OpenApiDescription.response(real));
        assertTrue(report.hasErrors(), "a changed description still admits " + real.body());
    }

    private void assertRejected(
            OpenApiInteractionValidator validator,
            String path,
            LambdaClient.Response real,
            Consumer<JsonNode> change,
            String key)
            throws IOException {
        JsonNode body = Json.mapper().readTree(real.body());
        change.accept(body);
        ValidationReport report = validate(validator, path, real, Json.mapper().writeValueAsString(body));
        assertTrue(report.hasErrors(), "admitted: " + body);
        if (key != null) {
            assertTrue(OpenApiDescription.errors(report).contains(key), OpenApiDescription.errors(report));
        }
    }

    private static ValidationReport validate(
            OpenApiInteractionValidator validator, String path, LambdaClient.Response real, String body) {
        var response = new SimpleResponse.Builder(real.status());
        real.headers().forEach((name, value) -> response.withHeader(name, value));
        return validator.validateResponse(
                path, Request.Method.GET, response.withBody(body).build());
    }
}
