// Does the Lambda handler's per-invocation cost or heap grow with the number of invocations? Calls the real
// handler (APIGatewayV2HTTPEventFunction, in process, no HTTP) with GET /health in batches and prints, per batch,
// the mean time per call, the heap after a full GC and the application context's bean definition count.
//
//   java -cp target/quickcite.jar bench/HandlerGrowth.java [BATCHES=10] [CALLS_PER_BATCH=2000]
//
// Flat figures mean no growth. Measured here (Micronaut 4.10, micronaut-function-aws-api-proxy): every call adds
// bean definitions (the Lambda Context and its logger are registered as singletons per invocation), so the count,
// the heap and the time per call all grow with the number of invocations a warm instance has served.
import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.quickcite.api.HttpApiEvents;

import java.util.Locale;

public class HandlerGrowth {
    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        APIGatewayV2HTTPEventFunction function = new APIGatewayV2HTTPEventFunction();
        // The local server's Lambda context (package-private in io.quickcite.cli), as serve uses it.
        var constructor = Class.forName("io.quickcite.cli.LocalContext").getDeclaredConstructor();
        constructor.setAccessible(true);
        Context context = (Context) constructor.newInstance();
        Runtime rt = Runtime.getRuntime();
        for (int b = 1; b <= batches; b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                if (function.handleRequest(HttpApiEvents.get("/health", ""), context).getStatusCode() != 200) {
                    throw new IllegalStateException("GET /health failed");
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6 / calls;
            System.gc();
            System.out.printf(Locale.ROOT, "after %7d calls: %7.3f ms per call, heap after GC %6.1f MB, %6d bean definitions%n",
                (long) b * calls, ms, (rt.totalMemory() - rt.freeMemory()) / 1048576.0, function.getApplicationContext().getAllBeanDefinitions().size());
        }
        function.close();
    }
}
