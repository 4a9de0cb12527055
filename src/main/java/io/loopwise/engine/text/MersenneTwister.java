package io.loopwise.engine.text;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CPython's {@code random.Random} bit for bit: the MT19937 core of {@code Modules/_randommodule.c}
 * ({@code init_by_array} seeding, {@code random()}, {@code getrandbits()}) and the algorithms of
 * {@code Lib/random.py} built on it ({@code _randbelow_with_getrandbits}, randrange, randint, choice, shuffle,
 * sample, choices, uniform). One instance per run; not thread-safe, like CPython's.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final BigInteger MASK32 = BigInteger.valueOf(0xFFFFFFFFL);

    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double TWOPI = 2 * Math.PI;

    private final int[] mt = new int[N];
    private int index;
    /** The second value of gauss()'s Box-Muller pair, as Lib/random.py keeps it; reset by seeding. */
    private double gaussNext = Double.NaN;

    /** A generator seeded like {@code random.Random(seed)} with an int seed. */
    public MersenneTwister(BigInteger seed) {
        seed(seed);
    }

    /** {@code seed(a)} for an int: the absolute value's 32-bit words, least significant first. */
    public void seed(BigInteger a) {
        BigInteger n = a.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).and(MASK32).intValue();
        }
        initByArray(key);
    }

    /** {@code seed(a)} for a str (version 2): {@code int.from_bytes(a.encode() + sha512(a.encode()).digest())}. */
    public void seed(String a) {
        seed(a.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code seed(a)} for bytes (version 2). */
    public void seed(byte[] a) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(a);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
        byte[] all = new byte[a.length + digest.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(digest, 0, all, a.length, digest.length);
        seed(new BigInteger(1, all));
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        gaussNext = Double.NaN;
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** {@code genrand_uint32}: the next 32 random bits, as an unsigned value in an int. */
    private int next32() {
        if (index >= N) {
            int kk = 0;
            for (; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random()}: 53 random bits as a float in [0.0, 1.0). */
    public double random() {
        long a = (next32() & 0xFFFFFFFFL) >>> 5;
        long b = (next32() & 0xFFFFFFFFL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for k up to 63, as a long. */
    public long getrandbitsLong(int k) {
        if (k < 0) {
            throw new TextError("ValueError", "number of bits must be non-negative");
        }
        if (k > 63) {
            throw new IllegalArgumentException("use getrandbits for k > 63");
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (next32() & 0xFFFFFFFFL) >>> (32 - k);
        }
        long low = next32() & 0xFFFFFFFFL;
        long high = (next32() & 0xFFFFFFFFL) >>> (64 - k);
        return (high << 32) | low;
    }

    /** {@code getrandbits(k)}: 32-bit words least significant first, the last one shifted to k bits. */
    public BigInteger getrandbits(int k) {
        if (k < 0) {
            throw new TextError("ValueError", "number of bits must be non-negative");
        }
        if (k <= 63) {
            return BigInteger.valueOf(getrandbitsLong(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        int remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            int r = next32();
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            int at = (words - 1 - i) * 4;
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(1, bigEndian);
    }

    /** {@code _randbelow(n)} for {@code 0 < n < 2**63}: rejection sampling on n.bit_length() bits. */
    public long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbitsLong(k);
        while (r >= n) {
            r = getrandbitsLong(k);
        }
        return r;
    }

    /** {@code _randbelow(n)} for any {@code n > 0}. */
    public BigInteger randbelow(BigInteger n) {
        if (n.bitLength() < 63) {
            return BigInteger.valueOf(randbelow(n.longValue()));
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /** {@code randrange(stop)}. */
    public BigInteger randrange(BigInteger stop) {
        if (stop.signum() > 0) {
            return randbelow(stop);
        }
        throw new TextError("ValueError", "empty range for randrange()");
    }

    /** {@code randrange(start, stop, step)}; messages name the arguments as CPython's f-strings do. */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(randbelow(width));
            }
            throw new TextError("ValueError", "empty range in randrange(" + start + ", " + stop + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw new TextError("ValueError", "zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw new TextError("ValueError", "empty range in randrange(" + start + ", " + stop + ", " + step + ")");
        }
        return start.add(step.multiply(randbelow(n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** {@code randint(a, b)} = {@code randrange(a, b + 1)}. */
    public BigInteger randint(BigInteger a, BigInteger b) {
        BigInteger stop = b.add(BigInteger.ONE);
        if (stop.subtract(a).signum() > 0) {
            return a.add(randbelow(stop.subtract(a)));
        }
        throw new TextError("ValueError", "empty range in randrange(" + a + ", " + stop + ")");
    }

    /** The index {@code choice(seq)} picks for a sequence of {@code length} items. */
    public int choiceIndex(int length) {
        if (length == 0) {
            throw new TextError("IndexError", "Cannot choose from an empty sequence");
        }
        return (int) randbelow(length);
    }

    /** {@code shuffle(x)} in place: Fisher-Yates from the end, j = randbelow(i + 1). */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i >= 1; i--) {
            int j = (int) randbelow(i + 1);
            T tmp = x.get(i);
            x.set(i, x.get(j));
            x.set(j, tmp);
        }
    }

    /** The population indices {@code sample(population, k)} selects, in selection order. */
    public int[] sampleIndices(int n, int k) {
        if (k < 0 || k > n) {
            throw new TextError("ValueError", "Sample larger than population or is negative");
        }
        int[] result = new int[k];
        int setsize = 21;
        if (k > 5) {
            setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
        }
        if (n <= setsize) {
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            Set<Integer> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n);
                while (selected.contains(j)) {
                    j = (int) randbelow(n);
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /** The population indices {@code choices(population, k=k)} picks without weights: floor(random() * n). */
    public int[] choicesIndices(int n, int k) {
        int[] out = new int[Math.max(0, k)];
        double dn = n;
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.floor(random() * dn);
        }
        return out;
    }

    /**
     * The indices {@code choices(population, cum_weights=cum, k=k)} picks: bisect_right of random() * total
     * in the cumulative weights (CPython validates the weights before calling this).
     */
    public int[] choicesIndices(double[] cumWeights, int k) {
        int n = cumWeights.length;
        double total = cumWeights[n - 1] + 0.0;
        if (total <= 0.0) {
            throw new TextError("ValueError", "Total of weights must be greater than zero");
        }
        if (Double.isInfinite(total) || Double.isNaN(total)) {
            throw new TextError("ValueError", "Total of weights must be finite");
        }
        int[] out = new int[Math.max(0, k)];
        for (int i = 0; i < out.length; i++) {
            double x = random() * total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x < cumWeights[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[i] = lo;
        }
        return out;
    }

    /** {@code uniform(a, b)} = {@code a + (b - a) * random()}. */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code triangular(low, high, mode)}; {@code mode} NaN stands for None (the midpoint). */
    public double triangular(double low, double high, double mode) {
        double u = random();
        double c;
        if (Double.isNaN(mode)) {
            c = 0.5;
        } else {
            if (high - low == 0.0) {
                return low;
            }
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    /*
     * The distributions below call log/sqrt/cos/sin. CPython gets them from the C library (glibc), whose log is
     * not correctly rounded; Java's Math.log agrees with it on all but about 0.1% of arguments, where the result
     * may differ in the last bit. Draws and the generator's state stay identical either way.
     */

    /** {@code normalvariate(mu, sigma)}: Kinderman and Monahan's ratio of uniforms, as Lib/random.py. */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** {@code gauss(mu, sigma)}: Box-Muller, keeping the pair's second value for the next call. */
    public double gauss(double mu, double sigma) {
        double z = gaussNext;
        gaussNext = Double.NaN;
        if (Double.isNaN(z)) {
            double x2pi = random() * TWOPI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /** {@code expovariate(lambd)} = {@code -log(1.0 - random()) / lambd}. */
    public double expovariate(double lambd) {
        return -Math.log(1.0 - random()) / lambd;
    }
}
