package io.quickcite.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.QueryDefinition;
import software.amazon.awscdk.services.logs.QueryString;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Alarms that page through one SNS topic, and Logs Insights queries over the function's structured
 * {@code answer} and {@code feedback} log lines. JSON booleans read as 1 and 0 in Logs Insights.
 */
final class Monitoring extends Construct {

    private static final ComparisonOperator AT_LEAST = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;

    final Topic topic;

    Monitoring(Construct scope, String id, QuickciteConfig config, Function function, HttpApi api, LogGroup logs) {
        super(scope, id);
        String prefix = config.resourcePrefix();
        topic = Topic.Builder.create(this, "Alarms")
                .displayName("Quickcite " + config.stage() + " alarms")
                .enforceSsl(true)
                .build();
        config.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

        MetricOptions sum = MetricOptions.builder()
                .period(Duration.minutes(5))
                .statistic("Sum")
                .build();
        // The API promises never to answer 5xx for client input, so any error, throttle or 5xx is worth a look.
        alarm(
                "FunctionErrors",
                prefix + "-function-errors",
                "The answer function threw unhandled errors",
                function.metricErrors(sum),
                AT_LEAST,
                1,
                1);
        alarm(
                "FunctionThrottles",
                prefix + "-function-throttles",
                "The answer function was throttled (reserved concurrency or account limit)",
                function.metricThrottles(sum),
                AT_LEAST,
                1,
                1);
        alarm(
                "Api5xx",
                prefix + "-api-5xx",
                "The HTTP API answered with 5xx",
                api.metricServerError(sum),
                AT_LEAST,
                1,
                1);
        // Three periods in a row, so one slow restore does not page anyone.
        alarm(
                "LatencyP99",
                prefix + "-latency-p99",
                "p99 API latency stayed above " + config.latencyAlarmMs() + " ms for 15 minutes",
                api.metricLatency(MetricOptions.builder()
                        .period(Duration.minutes(5))
                        .statistic("p99")
                        .build()),
                ComparisonOperator.GREATER_THAN_THRESHOLD,
                config.latencyAlarmMs(),
                3);

        QueryDefinition.Builder.create(this, "UnansweredQuestions")
                .queryDefinitionName(prefix + "/unanswered questions")
                .logGroups(List.of(logs))
                .queryString(QueryString.Builder.create()
                        .filterStatements(List.of("event = \"answer\"", "answered = 0"))
                        .statsStatements(List.of("count(*) as asked, max(confidence) as bestConfidence by site, q"))
                        .sort("asked desc")
                        .limit(100)
                        .build())
                .build();
        QueryDefinition.Builder.create(this, "UnhelpfulAnswers")
                .queryDefinitionName(prefix + "/unhelpful answers")
                .logGroups(List.of(logs))
                .queryString(QueryString.Builder.create()
                        .filterStatements(List.of("event = \"feedback\"", "helpful = 0"))
                        .statsStatements(List.of("count(*) as unhelpful by site, answerId, q"))
                        .sort("unhelpful desc")
                        .limit(100)
                        .build())
                .build();
    }

    private void alarm(
            String id,
            String name,
            String description,
            Metric metric,
            ComparisonOperator comparison,
            int threshold,
            int periods) {
        Alarm alarm = metric.createAlarm(
                this,
                id,
                CreateAlarmOptions.builder()
                        .alarmName(name)
                        .alarmDescription(description)
                        .threshold(threshold)
                        .comparisonOperator(comparison)
                        .evaluationPeriods(periods)
                        .datapointsToAlarm(periods)
                        .treatMissingData(TreatMissingData.NOT_BREACHING)
                        .build());
        alarm.addAlarmAction(new SnsAction(topic));
        alarm.addOkAction(new SnsAction(topic));
    }
}
