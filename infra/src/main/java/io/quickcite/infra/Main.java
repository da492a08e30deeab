package io.quickcite.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;

/** CDK entry point: synthesizes the stack for the account and region the CDK CLI resolved, nothing else. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        App app = new App();
        QuickciteApp.addStack(app, Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION"))
                .build());
        app.synth();
    }
}
