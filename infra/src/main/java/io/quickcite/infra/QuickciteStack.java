package io.quickcite.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** Everything one Quickcite deployment needs, for one stage, in one stack. */
final class QuickciteStack extends Stack {

    final AnswerFunction answers;
    final AnswerApi api;
    final Cdn cdn;
    final Monitoring monitoring;

    QuickciteStack(Construct scope, QuickciteConfig config, Artefacts artefacts) {
        super(
                scope,
                config.resourcePrefix(),
                StackProps.builder()
                        .description(
                                "Quickcite " + config.stage() + ": cited quick answers from the site's own content")
                        .build());
        answers = new AnswerFunction(this, "Answers", config, artefacts.jar());
        api = new AnswerApi(this, "Api", config, answers.live);
        cdn = new Cdn(this, "Cdn", config, artefacts, api.endpointHost());
        monitoring = new Monitoring(this, "Monitoring", config, answers.function, api.api, answers.logGroup);
        Outputs.add(this, config, cdn, answers);
    }
}
