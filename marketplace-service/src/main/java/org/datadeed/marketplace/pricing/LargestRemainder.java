package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Apportionment to the fen by the largest-remainder (Hamilton) method: every part gets its exact share rounded down,
 * and the fen left over go one each to the parts with the largest fractional remainders, earlier parts first on a
 * tie. The parts add up exactly to the whole, and each part is its exact share rounded down or up, never further.
 * No decimal rounding happens here: shares are compared as exact fractions.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /** Splits {@code totalFen} (≥ 0) in proportion to {@code weights} (≥ 0, positive sum). */
    static long[] apportion(long totalFen, List<BigDecimal> weights) {
        int scale = weights.stream().mapToInt(w -> Math.max(0, Decimals.canonical(w).scale())).max().orElse(0);
        List<BigInteger> w = weights.stream().map(x -> x.movePointRight(scale).toBigIntegerExact()).toList();
        BigInteger sum = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (totalFen < 0 || sum.signum() <= 0) {
            throw new IllegalArgumentException("apportion a non-negative amount over a positive total weight");
        }
        BigInteger total = BigInteger.valueOf(totalFen);
        long[] parts = new long[w.size()];
        List<BigInteger> remainders = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < w.size(); i++) {
            BigInteger[] qr = total.multiply(w.get(i)).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            given += parts[i];
            remainders.add(qr[1]);
        }
        distribute(parts, totalFen - given, remainders);
        return parts;
    }

    /**
     * Rounds exact amounts (in fen, ≥ 0) each down or up so that they add up to {@code totalFen}, which must be the
     * HALF_UP rounding of their sum: the amounts with the largest fractional parts are rounded up.
     */
    static long[] roundToTotal(long totalFen, List<BigDecimal> exactFen) {
        long[] parts = new long[exactFen.size()];
        List<BigDecimal> fractions = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < exactFen.size(); i++) {
            BigDecimal floor = exactFen.get(i).setScale(0, RoundingMode.FLOOR);
            parts[i] = floor.longValueExact();
            given += parts[i];
            fractions.add(exactFen.get(i).subtract(floor));
        }
        long left = totalFen - given;
        long roundable = fractions.stream().filter(f -> f.signum() > 0).count();
        if (left < 0 || left > roundable) {
            throw new IllegalArgumentException(totalFen + " fen is not a rounding of the exact amounts " + exactFen);
        }
        distribute(parts, left, fractions);
        return parts;
    }

    private static <R extends Comparable<R>> void distribute(long[] parts, long left, List<R> remainders) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
    }
}
