package bench.bare;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;

/** The bare function's one route: GET /answer?q= answers with a fixed sentence, as JSON. */
@Controller
public class AnswerController {

    /** A fixed answer to {@code q}. */
    @Get("/answer")
    public Reply answer(@QueryValue String q) {
        return new Reply(q, "A fixed answer from a function with no index.");
    }

    /** The JSON body. */
    @Serdeable
    public record Reply(String question, String answer) {
    }
}
