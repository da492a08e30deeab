package io.quickcite.cli;

import com.amazonaws.services.lambda.runtime.Context;

/** Gives tests the Lambda context the local server uses. */
public final class TestContexts {

    private TestContexts() {}

    public static Context lambda() {
        return new LocalContext();
    }
}
