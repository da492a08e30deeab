package io.quickcite.api.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the OpenAPI description that micronaut-openapi writes at compile time from the controllers
 * (META-INF/swagger/quickcite.yml in the jar; the local server serves it at /openapi.yml). docs/api.md is the
 * prose version of the same contract.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Quickcite Answer API",
                        version = "1",
                        description = """
            Cited quick answers from a site's own content. The same routes answer on the local server and behind \
            API Gateway on Lambda. Field names are fixed; more fields may be added, so clients should ignore fields \
            they do not know.

            Every error is `application/problem+json` (RFC 9457, schema `Problem`) with a 4xx status; a client \
            never causes a 500. Besides the errors each operation lists, any path not listed here answers `404` \
            (components/responses/NotFound), a method not listed for a path answers `405` \
            (components/responses/MethodNotAllowed), and a CORS preflight (`OPTIONS` with \
            `Access-Control-Request-Method`) answers `204` for an origin configured for the site and `403` \
            (components/responses/CorsRejected) otherwise.

            Only origins configured for a site get `Access-Control-Allow-Origin`. Successful `GET` answers carry \
            `Cache-Control: public, max-age=N` (300 by default); everything else `no-store`.""",
                        license = @License(name = "See the repository")),
        servers = @Server(url = "http://127.0.0.1:8080", description = "The local development server (bin/serve)"),
        tags = {
            @Tag(name = "answers", description = "Questions and their cited answers"),
            @Tag(name = "feedback", description = "Visitors' verdicts on answers"),
            @Tag(name = "operations", description = "State of the deployment")
        })
public final class ApiDefinition {

    private ApiDefinition() {}
}
