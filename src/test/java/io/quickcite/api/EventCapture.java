package io.quickcite.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the event lines of the "quickcite.events" logger from construction until {@link #close}. */
public final class EventCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public EventCapture() {
        appender.start();
        logger().addAppender(appender);
    }

    /** The event lines logged so far. */
    public List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger().detachAppender(appender);
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(EventLog.LOGGER);
    }
}
