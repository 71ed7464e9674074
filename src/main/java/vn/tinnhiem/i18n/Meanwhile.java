package vn.tinnhiem.i18n;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work of pure computation done on a second thread while the main one goes on (a laptop has two cores or more),
 * its result taken when needed; whatever it threw is thrown there, as if it had run in place. Only for work that
 * reads nothing but its arguments, or a connection of its own to the file. Work not started is done in place by
 * the first to ask for it. (Here, beside the messages, which read their bundles this way, so every layer may use it.)
 */
public final class Meanwhile<T> {
    private final FutureTask<T> task;

    private Meanwhile(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** The work started now on a thread of its own named {@code name}. */
    public static <T> Meanwhile<T> start(String name, Callable<T> work) {
        return new Meanwhile<>(work).startOn(name);
    }

    /** The work, not started: done in place by the first {@link #get}, unless {@link #startOn} came first. */
    public static <T> Meanwhile<T> later(Callable<T> work) {
        return new Meanwhile<>(work);
    }

    /** Starts the work on a thread of its own named {@code name}. */
    public Meanwhile<T> startOn(String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** The result, waiting for it if need be. */
    public T get() {
        task.run(); // nothing when the thread runs or ran it
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
