package vn.tinnhiem.store;

import org.jdbi.v3.core.HandleCallback;

/** Runs one use case in one transaction of the store's connection, with the store's handling of its failures. */
@FunctionalInterface
interface Transaction {
    <T> T run(HandleCallback<T, RuntimeException> work);
}
