package io.kefu.nlu.internal.classify;

/**
 * Arithmetic on float arrays in the hot loops.
 */
final class Vectors {

    private Vectors() {
    }

    /**
     * Dot product of {@code length} floats of {@code a} from {@code offset} with {@code b}. Four
     * independent sums, because the JIT does not vectorise a single float sum (it may not reorder
     * the additions) and one long dependency chain is several times slower.
     */
    static float dot(float[] a, int offset, float[] b, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += a[offset + j] * b[j];
            s1 += a[offset + j + 1] * b[j + 1];
            s2 += a[offset + j + 2] * b[j + 2];
            s3 += a[offset + j + 3] * b[j + 3];
        }
        for (; j < length; j++) {
            s0 += a[offset + j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
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
