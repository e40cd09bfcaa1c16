package io.kefu.insight.internal;

/**
 * Whether a topic's count in a period is well above the one before, by the exact conditional test
 * for two Poisson counts over periods of equal length: if the rate did not change, the current
 * count given the total of both is Binomial(total, ½), so the one-sided p-value is the chance of
 * at least this many of the total falling into the current period. No baseline to tune: a topic
 * with 0 → 5 complaints spikes at the 1 % level only when the total makes it that unlikely
 * (p = 1/32 for 0 → 5, 1/1024 for 0 → 10), and the minimum count keeps a handful from alarming.
 */
final class Spikes {

    private Spikes() {
    }

    /** P(X ≥ current) for X ~ Binomial(current + previous, ½). */
    static double pValue(long current, long previous) {
        long total = current + previous;
        if (total == 0) {
            return 1.0;
        }
        double tail = 0;
        // log-space binomial terms: totals of thousands would overflow a plain coefficient
        for (long k = current; k <= total; k++) {
            tail += Math.exp(logChoose(total, k) - total * Math.log(2));
        }
        return Math.min(1.0, tail);
    }

    static boolean spikes(long current, long previous, double significance, int minCount) {
        return current >= minCount && current > previous && pValue(current, previous) < significance;
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(long n) {
        double sum = 0;
        for (long i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
