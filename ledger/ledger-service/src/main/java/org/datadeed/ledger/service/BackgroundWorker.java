package org.datadeed.ledger.service;

import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * A component that runs its loop on one daemon thread of its own from context start to stop: {@link #run()} loops
 * while {@link #isRunning()}; stopping interrupts the thread and waits up to 10 s for it to end.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private final String threadName;
    private volatile boolean running;
    private Thread worker;

    protected BackgroundWorker(String threadName) {
        this.threadName = threadName;
    }

    /** The loop; it must return soon after {@link #isRunning()} turns false or the thread is interrupted. */
    protected abstract void run();

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, threadName);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
