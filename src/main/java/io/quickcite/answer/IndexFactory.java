package io.quickcite.answer;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** Loads the packaged index once per cold start, eagerly, so that a broken index fails the start and never a request. */
@Factory
public class IndexFactory {

    /** The site index from the classpath. */
    @Context
    public SiteIndex siteIndex() {
        return IndexLoader.load(IndexFactory.class.getClassLoader());
    }
}
