package vn.tinnhiem.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
final class Sha256 {
    private static final String DIGITS = "0123456789abcdef";

    private final MessageDigest digest;

    /** One digest for many texts, on one thread ({@link #matches}): the log's check hashes every entry. */
    Sha256() {
        digest = newDigest();
    }

    static String hex(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether {@code hex} is the SHA-256 of {@code text}, as {@link #hex(String)} writes it (64 lower-case hex
     * digits), compared digit by digit without writing the hash out as text.
     */
    boolean matches(CharSequence text, String hex) {
        byte[] d = digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        if (hex == null || hex.length() != 2 * d.length) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            int v = d[i] & 0xff;
            if (hex.charAt(2 * i) != DIGITS.charAt(v >> 4) || hex.charAt(2 * i + 1) != DIGITS.charAt(v & 0xf)) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
