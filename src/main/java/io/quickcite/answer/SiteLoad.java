package io.quickcite.answer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the packaged index and builds the answer engine once per JVM, on a thread of its own started as soon as the
 * function's handler class loads ({@link #start}), so that the work runs while the framework starts on the main
 * thread; the beans ({@link IndexFactory}) wait for it. A failure still fails the start, with the loader's own error.
 */
public final class SiteLoad {

    /** What the load yields. */
    record Loaded(SiteIndex index, AnswerEngine engine) {}

    private static CompletableFuture<Loaded> loading;

    private SiteLoad() {}

    /** Starts loading on a background thread, once per JVM; later calls do nothing. */
    public static synchronized void start() {
        if (loading == null) {
            CompletableFuture<Loaded> future = new CompletableFuture<>();
            Thread thread = new Thread(
                    () -> {
                        try {
                            future.complete(load());
                        } catch (Throwable e) {
                            future.completeExceptionally(e);
                        }
                    },
                    "quickcite-load");
            thread.setDaemon(true);
            thread.start();
            loading = future;
        }
    }

    /** The loaded index and engine, waiting for the load (started here when nobody started it). */
    static Loaded join() {
        CompletableFuture<Loaded> future;
        synchronized (SiteLoad.class) {
            if (loading == null) {
                loading = CompletableFuture.completedFuture(load());
            }
            future = loading;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static Loaded load() {
        SiteIndex index = IndexLoader.load(SiteLoad.class.getClassLoader());
        return new Loaded(index, new AnswerEngine(index));
    }
}
