package io.kefu.insight.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups unit sentence vectors into topics without knowing how many there are: a vector joins the
 * nearest topic whose centre is at least {@code similarity} close, else it starts one (leader
 * clustering); then two k-means rounds move every vector to its nearest final centre, so the order
 * the vectors came in no longer decides where a borderline one lands. Linear in vectors × topics.
 */
final class TopicClustering {

    private static final int REFINEMENTS = 2;

    private TopicClustering() {
    }

    /**
     * The vectors less their mean, made unit length again. Complaints all share a large "something
     * is wrong" component that makes any two of them look alike; what is left tells them apart.
     */
    static List<float[]> centred(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return vectors;
        }
        double[] mean = new double[vectors.getFirst().length];
        vectors.forEach(v -> {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += v[d] / vectors.size();
            }
        });
        List<float[]> centred = new ArrayList<>(vectors.size());
        for (float[] vector : vectors) {
            float[] c = new float[vector.length];
            double norm = 0;
            for (int d = 0; d < c.length; d++) {
                c[d] = (float) (vector[d] - mean[d]);
                norm += c[d] * c[d];
            }
            double length = Math.sqrt(norm);
            for (int d = 0; d < c.length && length > 0; d++) {
                c[d] /= (float) length;
            }
            centred.add(c);
        }
        return centred;
    }

    /** The topic index of each vector, in order; indices are dense from 0. */
    static int[] cluster(List<float[]> vectors, double similarity) {
        List<double[]> centres = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int[] assigned = new int[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            float[] vector = vectors.get(i);
            int best = nearest(centres, vector);
            if (best < 0 || cosine(centres.get(best), vector) < similarity) {
                centres.add(toDouble(vector));
                sizes.add(1);
                assigned[i] = centres.size() - 1;
            }
            else {
                int n = sizes.get(best) + 1;
                double[] centre = centres.get(best);
                for (int d = 0; d < centre.length; d++) {
                    centre[d] += (vector[d] - centre[d]) / n;
                }
                sizes.set(best, n);
                assigned[i] = best;
            }
        }
        for (int round = 0; round < REFINEMENTS; round++) {
            for (int i = 0; i < vectors.size(); i++) {
                assigned[i] = nearest(centres, vectors.get(i));
            }
            centres = means(vectors, assigned, centres.size(), centres);
        }
        return dense(assigned);
    }

    private static List<double[]> means(List<float[]> vectors, int[] assigned, int k, List<double[]> previous) {
        List<double[]> sums = new ArrayList<>();
        int[] counts = new int[k];
        for (int c = 0; c < k; c++) {
            sums.add(new double[previous.get(c).length]);
        }
        for (int i = 0; i < vectors.size(); i++) {
            double[] sum = sums.get(assigned[i]);
            float[] vector = vectors.get(i);
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vector[d];
            }
            counts[assigned[i]]++;
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                // an emptied topic keeps its centre; nothing is nearest to it any more, so it stays empty
                sums.set(c, previous.get(c));
            }
            else {
                for (int d = 0; d < sums.get(c).length; d++) {
                    sums.get(c)[d] /= counts[c];
                }
            }
        }
        return sums;
    }

    private static int nearest(List<double[]> centres, float[] vector) {
        int best = -1;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centres.size(); c++) {
            double similarity = cosine(centres.get(c), vector);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    static double cosine(double[] centre, float[] vector) {
        double dot = 0;
        double norm = 0;
        for (int d = 0; d < centre.length; d++) {
            dot += centre[d] * vector[d];
            norm += centre[d] * centre[d];
        }
        // vectors are unit length; a centre (a mean) is not
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    private static double[] toDouble(float[] vector) {
        double[] copy = new double[vector.length];
        for (int d = 0; d < vector.length; d++) {
            copy[d] = vector[d];
        }
        return copy;
    }

    private static int[] dense(int[] assigned) {
        java.util.Map<Integer, Integer> renumbered = new java.util.HashMap<>();
        int[] result = new int[assigned.length];
        for (int i = 0; i < assigned.length; i++) {
            result[i] = renumbered.computeIfAbsent(assigned[i], c -> renumbered.size());
        }
        return result;
    }
}
