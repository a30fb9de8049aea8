package org.relactation.bot.reminders;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** The Quartz scheduler of one bot instance, configured from quartz.properties (config/ in the repository). */
public final class Scheduling implements AutoCloseable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Scheduler scheduler;

    private Scheduling(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public static Scheduling start() {
        Properties properties = new Properties();
        try (InputStream in = Scheduling.class.getResourceAsStream("/quartz.properties")) {
            if (in == null) {
                throw new IllegalStateException("quartz.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("quartz.properties cannot be read", e);
        }
        // Quartz shares schedulers by name within a JVM; each bot instance (tests run several) needs its own.
        properties.setProperty("org.quartz.scheduler.instanceName",
                properties.getProperty("org.quartz.scheduler.instanceName", "relactation") + "-"
                        + INSTANCES.incrementAndGet());
        try {
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.start();
            return new Scheduling(scheduler);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler cannot start: " + e.getMessage(), e);
        }
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Waits for running jobs to finish, then stops. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler did not stop cleanly", e);
        }
    }
}
