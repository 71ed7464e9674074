package vn.tinnhiem.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work of pure computation done on a second thread while the main one goes on (a laptop has two cores or more),
 * its result taken when needed; whatever it threw is thrown there, as if it had run in place. Only for work that
 * reads nothing but its arguments: the file is read on the main thread.
 */
final class Meanwhile<T> {
    private final FutureTask<T> task;

    private Meanwhile(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    static <T> Meanwhile<T> start(String name, Callable<T> work) {
        Meanwhile<T> m = new Meanwhile<>(work);
        Thread t = new Thread(m.task, name);
        t.setDaemon(true);
        t.start();
        return m;
    }

    /** The result, waiting for it if need be. */
    T get() {
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
