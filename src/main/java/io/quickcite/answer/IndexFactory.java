package io.quickcite.answer;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/**
 * The site index and the answer engine, loaded once per cold start ({@link SiteLoad}), eagerly: a broken index fails
 * the start and never a request, and nothing of the engine is built inside the first visitor's request.
 */
@Factory
public class IndexFactory {

    /** The site index from the classpath. */
    @Context
    public SiteIndex siteIndex() {
        return SiteLoad.join().index();
    }

    /** The answer engine over {@link #siteIndex()}. */
    @Context
    public AnswerEngine answerEngine() {
        return SiteLoad.join().engine();
    }
}
