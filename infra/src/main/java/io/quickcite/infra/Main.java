package io.quickcite.infra;

import software.amazon.awscdk.App;

/**
 * CDK entry point: synthesizes the stack, nothing else. The stack is environment-agnostic (it looks nothing up
 * in an account), so {@code cdk deploy} targets the CLI's current account and region.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        App app = new App();
        QuickciteApp.addStack(app);
        app.synth();
    }
}
