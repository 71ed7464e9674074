package vn.tinnhiem.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, as 64 lower-case hex digits.
 *
 * <p>Written out here rather than taken from {@code MessageDigest}: finding the JDK's implementation sets up its
 * security providers (their object identifiers, a service loader), about 25 ms of processor time on every start of
 * {@code verify} and of the program, before the first byte is hashed; and under the launcher's quick compiler the
 * JDK's own code is plain Java too, so hashing is no slower. The text is encoded to UTF-8 by the JDK
 * ({@link String#getBytes}, lone surrogates written '?'). A property test compares it with {@code MessageDigest} on
 * many texts.
 */
final class Sha256 {
    private static final String DIGITS = "0123456789abcdef";
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private final int[] h = new int[8];
    private final int[] w = new int[64];
    private final byte[] block = new byte[64];
    private int filled;
    private long length;

    /** One hasher for many texts, on one thread ({@link #matches}): the log's check hashes every entry. */
    Sha256() {
    }

    static String hex(CharSequence text) {
        return hex(new Sha256().digest(text));
    }

    private static String hex(int[] d) {
        char[] out = new char[64];
        for (int i = 0; i < 32; i++) {
            int v = (d[i >> 2] >>> (24 - 8 * (i & 3))) & 0xff;
            out[2 * i] = DIGITS.charAt(v >> 4);
            out[2 * i + 1] = DIGITS.charAt(v & 0xf);
        }
        return new String(out);
    }

    /**
     * Whether {@code hex} is the SHA-256 of {@code text}, as {@link #hex} writes it (64 lower-case hex digits),
     * compared digit by digit without writing the hash out as text.
     */
    boolean matches(CharSequence text, String hex) {
        int[] d = digest(text);
        if (hex == null || hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            int v = (d[i >> 2] >>> (24 - 8 * (i & 3))) & 0xff;
            if (hex.charAt(2 * i) != DIGITS.charAt(v >> 4) || hex.charAt(2 * i + 1) != DIGITS.charAt(v & 0xf)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hash as eight big-endian words; valid until the next call. The text is encoded by the JDK in one pass (a
     * copy, for a text of ASCII held one byte a character) and hashed 64 bytes at a time where they lie: before the
     * JVM has compiled this, several times faster than a character at a time, for a log entry of 200 characters as
     * for a fingerprint's text of 250 KB.
     */
    int[] digest(CharSequence text) {
        return digest(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of bytes already encoded. */
    private int[] digest(byte[] bytes) {
        start();
        update(bytes);
        return finish();
    }

    /** The hash of the texts one after the other, as of the one text they make, in lower-case hex. */
    static String hex(List<String> parts) {
        Sha256 sha = new Sha256();
        sha.start();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return hex(sha.finish());
    }

    /** Adds bytes already encoded: the block begun filled first, then whole blocks compressed where they lie. */
    private void update(byte[] bytes) {
        int off = 0;
        while (filled != 0 && off < bytes.length) {
            put(bytes[off++]);
        }
        for (; off + 64 <= bytes.length; off += 64) {
            compress(bytes, off);
            length += 64;
        }
        for (; off < bytes.length; off++) {
            put(bytes[off]);
        }
    }

    /** The initial hash values, nothing yet in the block. */
    private void start() {
        h[0] = 0x6a09e667;
        h[1] = 0xbb67ae85;
        h[2] = 0x3c6ef372;
        h[3] = 0xa54ff53a;
        h[4] = 0x510e527f;
        h[5] = 0x9b05688c;
        h[6] = 0x1f83d9ab;
        h[7] = 0x5be0cd19;
        filled = 0;
        length = 0;
    }

    /** The padding and the length in bits, then the hash. */
    private int[] finish() {
        long bits = length * 8;
        put(0x80);
        while (filled != 56) {
            put(0);
        }
        for (int i = 7; i >= 0; i--) {
            put((int) (bits >>> (8 * i)));
        }
        return h;
    }

    private void put(int b) {
        block[filled++] = (byte) b;
        length++;
        if (filled == 64) {
            compress(block, 0);
            filled = 0;
        }
    }

    private void compress(byte[] src, int off) {
        for (int t = 0; t < 16; t++) {
            int j = off + 4 * t;
            w[t] = (src[j] << 24) | ((src[j + 1] & 0xff) << 16) | ((src[j + 2] & 0xff) << 8)
                    | (src[j + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = h[0];
        int b = h[1];
        int c = h[2];
        int d = h[3];
        int e = h[4];
        int f = h[5];
        int g = h[6];
        int k = h[7];
        for (int t = 0; t < 64; t++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int t1 = k + s1 + ((e & f) ^ (~e & g)) + K[t] + w[t];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int t2 = s0 + ((a & b) ^ (a & c) ^ (b & c));
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += k;
    }
}
