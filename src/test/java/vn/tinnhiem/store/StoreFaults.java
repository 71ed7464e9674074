package vn.tinnhiem.store;

/**
 * Test-only hooks into a store's own connection, to make its writes fail the way a full disk does. SQLite's
 * {@code max_page_count} is per connection: lowered to the file's present size, any write that needs one more
 * page fails with SQLITE_FULL ("database or disk is full"), exactly what a full disk returns.
 */
public final class StoreFaults {
    private StoreFaults() {
    }

    /** The store's file can no longer grow: the next write that needs a new page fails as on a full disk. */
    public static void diskFull(JdbiStore store) {
        long pages = Long.parseLong(store.pragma("page_count"));
        store.pragma("max_page_count = " + pages);
    }

    /** Room again, as after the chair freed some space. */
    public static void diskFreed(JdbiStore store) {
        store.pragma("max_page_count = 1073741823");
    }

    /**
     * A change made on the store's own connection, behind its screens' backs: from any other connection the store
     * refuses every write once it sees it, so its later checks (the close's recount) can only be reached this way.
     */
    public static void editOnItsOwnConnection(JdbiStore store, String sql) {
        store.executeOwn(sql);
    }

    public static String pragma(JdbiStore store, String name) {
        return store.pragma(name);
    }
}
