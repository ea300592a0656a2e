package org.datadeed.ledger.core.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 §2.1 definitions, written as literally as possible (recursion over leaf lists), to check
 * the optimized implementation against. Quadratic; for tests only.
 */
final class ReferenceMerkle {

    private ReferenceMerkle() {
    }

    /** MTH(D[n]). */
    static Hash mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return Rfc6962.emptyRoot();
        }
        if (n == 1) {
            return Rfc6962.leafHash(d.get(0));
        }
        int k = k(n);
        return Rfc6962.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    /** PATH(m, D[n]). */
    static List<Hash> path(int m, List<byte[]> d) {
        int n = d.size();
        List<Hash> result = new ArrayList<>();
        if (n <= 1) {
            return result;
        }
        int k = k(n);
        if (m < k) {
            result.addAll(path(m, d.subList(0, k)));
            result.add(mth(d.subList(k, n)));
        } else {
            result.addAll(path(m - k, d.subList(k, n)));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    /** PROOF(m, D[n]) for 0 &lt; m &lt; n. */
    static List<Hash> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<Hash> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        List<Hash> result = new ArrayList<>();
        if (m == n) {
            if (!b) {
                result.add(mth(d));
            }
            return result;
        }
        int k = k(n);
        if (m <= k) {
            result.addAll(subproof(m, d.subList(0, k), b));
            result.add(mth(d.subList(k, n)));
        } else {
            result.addAll(subproof(m - k, d.subList(k, n), false));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    /** The largest power of two smaller than n. */
    private static int k(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}
