package org.relactation.bot.reminders;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
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

    /** Runs {@code task} every {@code period}, never two at once (a slow run makes the next one wait). */
    public void every(Duration period, String name, Runnable task) {
        try {
            scheduler.getContext().put(name, task);
            JobDetail job = JobBuilder.newJob(RunnableJob.class).withIdentity(name)
                    .usingJobData(RunnableJob.TASK, name).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(period.toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule " + name, e);
        }
    }

    /** The Quartz side of {@link #every}: looks the task up in the scheduler context and runs it. */
    @DisallowConcurrentExecution
    public static final class RunnableJob implements Job {
        static final String TASK = "task";

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                Runnable task = (Runnable) context.getScheduler().getContext()
                        .get(context.getMergedJobDataMap().getString(TASK));
                task.run();
            } catch (SchedulerException | RuntimeException e) {
                // Logged by class name only; the next run tries again.
                LoggerFactory.getLogger(RunnableJob.class)
                        .error("Scheduled task failed: {}", e.getClass().getName(), e);
            }
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
