package vn.tinnhiem.cli.bench;

/** The JVM floor: a program that does nothing, started with the launcher's flags. */
public final class JvmFloor {
    private JvmFloor() {
    }

    public static void main(String[] args) {
        // nothing: its start and exit are the measure
    }
}
