package org.atelier.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent exact method for the max-weight b-matching: min-cost flow by successive
 * Bellman–Ford shortest paths on an explicit arc list, stopping when a path no longer pays.
 * Slow and simple on purpose, for tests only.
 */
final class ReferenceMinCostFlow {
  private final List<int[]> arcs = new ArrayList<>();
  private final List<Double> costs = new ArrayList<>();
  private final int nodes;

  private ReferenceMinCostFlow(int nodes) {
    this.nodes = nodes;
  }

  private void arc(int from, int to, int cap, double cost) {
    arcs.add(new int[] {from, to, cap});
    costs.add(cost);
    arcs.add(new int[] {to, from, 0});
    costs.add(-cost);
  }

  static double maxWeight(MatchingProblem p) {
    int n = p.internCount();
    int m = p.mentorCount();
    int source = n + m;
    int sink = n + m + 1;
    ReferenceMinCostFlow f = new ReferenceMinCostFlow(n + m + 2);
    for (int i = 0; i < n; i++) {
      f.arc(source, i, p.internCapacity(i), 0);
    }
    for (int j = 0; j < m; j++) {
      f.arc(n + j, sink, p.mentorCapacity(j), 0);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double w = p.weight(i, j);
        if (!Double.isNaN(w)) {
          f.arc(i, n + j, 1, -w);
        }
      }
    }
    return -f.run(source, sink);
  }

  private double run(int s, int t) {
    double total = 0;
    while (true) {
      double[] dist = new double[nodes];
      int[] via = new int[nodes];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(via, -1);
      dist[s] = 0;
      for (int round = 0; round < nodes; round++) {
        boolean changed = false;
        for (int a = 0; a < arcs.size(); a++) {
          int[] arc = arcs.get(a);
          if (arc[2] > 0 && dist[arc[0]] + costs.get(a) < dist[arc[1]] - 1e-12) {
            dist[arc[1]] = dist[arc[0]] + costs.get(a);
            via[arc[1]] = a;
            changed = true;
          }
        }
        if (!changed) {
          break;
        }
      }
      if (dist[t] >= 0) {
        return total;
      }
      for (int x = t; x != s; x = arcs.get(via[x])[0]) {
        arcs.get(via[x])[2]--;
        arcs.get(via[x] ^ 1)[2]++;
      }
      total += dist[t];
    }
  }
}
