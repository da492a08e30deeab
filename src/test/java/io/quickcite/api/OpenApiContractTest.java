package io.quickcite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real exchanges through the Lambda handler, validated against the OpenAPI description generated from the
 * controllers: the request (parameters, body, content type) and the response (status, content type, headers, body
 * schema, with no field the description does not list). Each case also says whether the description itself admits
 * the request, so its parameter and body constraints are checked too. A last check fails when the description
 * lists a response no case produced.
 */
@MicronautTest
@Property(name = "quickcite.sites", value = "default=https://www.example.com;partner=https://news.partner.example")
class OpenApiContractTest {

    /** Whether the description should admit the request. */
    enum Admits {
        YES,
        NO,
        UNDECODABLE
    }

    /**
     * One exchange; {@code component} names a components/responses entry for route-level errors (no operation
     * matches the request), null for an operation's own response.
     */
    record Case(
            String name,
            String method,
            String path,
            String query,
            String body,
            List<String> headers,
            int status,
            Admits admits,
            String component) {

        static Case get(String name, String path, String query, int status, Admits admits) {
            return new Case(name, "GET", path, query, null, List.of(), status, admits, null);
        }

        static Case post(String name, String body, int status, Admits admits) {
            return new Case(
                    name,
                    "POST",
                    "/feedback",
                    "",
                    body,
                    List.of("Content-Type", "application/json"),
                    status,
                    admits,
                    null);
        }

        Case headers(String... pairs) {
            return new Case(name, method, path, query, body, List.of(pairs), status, admits, component);
        }

        Case component(String name) {
            return new Case(this.name, method, path, query, body, headers, status, admits, name);
        }
    }

    static final List<Case> CASES = List.of(
            Case.get(
                    "answered, citing a source whose url is null",
                    "/answer",
                    "q=When+did+the+AI+Subsidy+Scheme+open%3F",
                    200,
                    Admits.YES),
            Case.get(
                    "answered from a quick answer",
                    "/answer",
                    "q=What+defines+Hong+Kong%27s+AI+story%3F",
                    200,
                    Admits.YES),
            Case.get("not answered", "/answer", "q=When+does+the+Hong+Kong+marathon+start%3F", 200, Admits.YES),
            Case.get(
                    "answered for a partner site in a language",
                    "/answer",
                    "q=What+is+AISC%3F&site=partner&lang=zh-Hant",
                    200,
                    Admits.YES),
            Case.get("question of 300 characters", "/answer", "q=" + "a".repeat(300), 200, Admits.YES),
            Case.get("missing question", "/answer", "", 400, Admits.NO),
            Case.get("blank question", "/answer", "q=+++", 400, Admits.NO),
            Case.get("question of 301 characters", "/answer", "q=" + "a".repeat(301), 400, Admits.NO),
            Case.get("control characters", "/answer", "q=AISC%00%07", 400, Admits.NO),
            Case.get("malformed percent-escape", "/answer", "q=%E0%A4%A", 400, Admits.UNDECODABLE),
            Case.get("repeated question", "/answer", "q=AISC&q=AISS", 400, Admits.NO),
            Case.get("unknown site", "/answer", "q=AISC&site=nobody", 400, Admits.YES),
            Case.get("malformed language tag", "/answer", "q=AISC&lang=%3Cscript%3E", 400, Admits.NO),
            Case.get("suggestions", "/suggest", "q=why+does+fin", 200, Admits.YES),
            Case.get("no suggestion", "/suggest", "q=marathon&site=partner", 200, Admits.YES),
            Case.get("suggest without a prefix", "/suggest", "", 400, Admits.NO),
            Case.get("suggest for an unknown site", "/suggest", "q=why&site=nobody", 400, Admits.YES),
            Case.get("faq", "/faq", "", 200, Admits.YES),
            Case.get("site", "/site", "", 200, Admits.YES),
            Case.get("site for an unknown site", "/site", "site=nobody", 400, Admits.YES),
            Case.get("faq for a partner site in a language", "/faq", "site=partner&lang=en", 200, Admits.YES),
            Case.get("faq for an unknown site", "/faq", "site=nobody", 400, Admits.YES),
            Case.get("faq with a malformed language tag", "/faq", "lang=english!", 400, Admits.NO),
            Case.get("health", "/health", "", 200, Admits.YES),
            Case.post(
                    "feedback",
                    "{\"answerId\":\"hk-ai-briefing:hong-kong-ai-stack-in-one-view:3\","
                            + "\"question\":\"When did the AI Subsidy Scheme open?\",\"helpful\":false}",
                    202,
                    Admits.YES),
            Case.post(
                    "feedback with every field",
                    "{\"answerId\":\"x:y:1\",\"question\":\"Q?\",\"helpful\":true,\"site\":\"partner\",\"lang\":\"en\"}",
                    202,
                    Admits.YES),
            Case.post(
                    "feedback for an unknown site",
                    "{\"answerId\":\"a\",\"helpful\":true,\"site\":\"nobody\"}",
                    400,
                    Admits.YES),
            Case.post("feedback that is not JSON", "{\"answerId\":", 400, Admits.NO),
            Case.post("feedback that is not an object", "[1,2]", 400, Admits.NO),
            Case.post("feedback with a wrong type", "{\"answerId\":7,\"helpful\":true}", 400, Admits.NO),
            Case.post("feedback without helpful", "{\"answerId\":\"a\"}", 400, Admits.NO),
            Case.post(
                    "feedback with an unknown field",
                    "{\"answerId\":\"a\",\"helpful\":true,\"email\":\"me@example.com\"}",
                    400,
                    Admits.NO),
            Case.post("feedback without a body", "", 400, Admits.NO),
            Case.post(
                    "feedback over 4096 bytes",
                    "{\"answerId\":\"a\",\"helpful\":true,\"question\":\"" + "x".repeat(5000) + "\"}",
                    413,
                    Admits.NO),
            Case.post("feedback as a form", "answerId=a&helpful=true", 415, Admits.NO)
                    .headers("Content-Type", "application/x-www-form-urlencoded"),
            Case.get("unknown route", "/admin", "", 404, Admits.NO).component("NotFound"),
            new Case(
                    "wrong method", "DELETE", "/answer", "q=AISC", null, List.of(), 405, Admits.NO, "MethodNotAllowed"),
            new Case(
                    "refused CORS preflight",
                    "OPTIONS",
                    "/feedback",
                    "",
                    null,
                    List.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"),
                    403,
                    Admits.NO,
                    "CorsRejected"));

    @Inject
    ApplicationContext context;

    LambdaClient lambda;

    @BeforeEach
    void handler() {
        lambda = new LambdaClient(context);
    }

    @TestFactory
    Stream<DynamicTest> realExchangesMatchTheDescription() {
        OpenAPI api = OpenApiDescription.model();
        OpenApiInteractionValidator validator = OpenApiDescription.validator();
        Set<String> produced = new TreeSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(
                    c.method + " " + c.path + ": " + c.name, () -> check(c, api, validator, produced)));
        }
        tests.add(DynamicTest.dynamicTest("every response the description lists occurs", () -> {
            assertEquals(documented(api), produced, "documented responses vs responses the cases produced");
        }));
        return tests.stream();
    }

    private void check(Case c, OpenAPI api, OpenApiInteractionValidator validator, Set<String> produced) {
        String[] headers = c.headers.toArray(String[]::new);
        LambdaClient.Response r = lambda.send(c.method, c.path, c.query, c.body, headers);
        assertEquals(c.status, r.status(), r.body());

        ValidationReport request =
                validator.validateRequest(OpenApiDescription.request(c.method, c.path, c.query, c.body, headers));
        switch (c.admits) {
            case YES ->
                assertFalse(
                        request.hasErrors(),
                        "the description rejects a request the API accepts as such:\n"
                                + OpenApiDescription.errors(request));
            case NO ->
                assertTrue(request.hasErrors(), "the description admits a request the API rejects with " + c.status);
            case UNDECODABLE -> assertFalse(OpenApiDescription.decodable(c.query), "the query decodes");
        }

        if (c.component == null) {
            ValidationReport response = validator.validateResponse(
                    c.path, Request.Method.valueOf(c.method), OpenApiDescription.response(r));
            assertFalse(
                    response.hasErrors(),
                    "the response does not match the description:\n" + OpenApiDescription.errors(response) + "\n"
                            + r.body());
            produced.add(c.method + " " + c.path + " " + c.status);
        } else {
            String type = r.header("Content-Type");
            MediaType media = OpenApiDescription.componentResponse(api, c.component, type);
            ValidationReport body = OpenApiDescription.validateJson(
                    api, OpenApiDescription.json(parse(r.body())), media.getSchema(), "response.body");
            assertFalse(
                    body.hasErrors(),
                    "the body does not match components/responses/" + c.component + ":\n"
                            + OpenApiDescription.errors(body));
            assertEquals(
                    c.status,
                    OpenApiDescription.json(media.getExample()).get("status").asInt(),
                    "status in the example of " + c.component);
            produced.add(c.component);
        }
    }

    /** Every operation's every response status, and every components/responses entry. */
    private static Set<String> documented(OpenAPI api) {
        Set<String> all = new TreeSet<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> op.getResponses()
                                .keySet()
                                .forEach(status ->
                                        all.add(method.name().toUpperCase(Locale.ROOT) + " " + path + " " + status))));
        all.addAll(api.getComponents().getResponses().keySet());
        return all;
    }

    private static Object parse(String json) {
        try {
            return io.swagger.v3.core.util.Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
