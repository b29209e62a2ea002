package org.atelier.examples.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.MatchingProblemBuilder;
import org.atelier.core.matching.WeightMatrix;

/**
 * Seeded benchmark instances, the families of the issue: uniform, spatial (Euclidean),
 * small-range integers with ties, and master lists. Weights are rounded to 6 decimals, as
 * in the CSV files that the scipy comparison reads.
 */
public final class Instances {
  private Instances() {}

  /**
   * A dense weight matrix.
   *
   * @param family {@code uniform}, {@code spatial} or {@code ints}
   * @param n rows
   * @param m columns
   * @param seed the seed
   * @return row-major weights
   */
  public static double[] dense(String family, int n, int m, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] w = new double[n * m];
    switch (family) {
      case "uniform":
        for (int c = 0; c < w.length; c++) {
          w[c] = round6(r.nextDouble());
        }
        break;
      case "ints":
        for (int c = 0; c < w.length; c++) {
          w[c] = r.nextInt(10);
        }
        break;
      case "spatial":
        double[] a = new double[2 * n];
        double[] b = new double[2 * m];
        Arrays.setAll(a, k -> r.nextDouble());
        Arrays.setAll(b, k -> r.nextDouble());
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < m; j++) {
            double dx = a[2 * i] - b[2 * j];
            double dy = a[2 * i + 1] - b[2 * j + 1];
            w[i * m + j] = round6(Math.sqrt(2.0) - Math.sqrt(dx * dx + dy * dy));
          }
        }
        break;
      default:
        throw new IllegalArgumentException("unknown family " + family);
    }
    return w;
  }

  /**
   * A dense problem.
   *
   * @param w row-major weights
   * @param n interns (capacity 1)
   * @param m mentors
   * @param mentorCapacity every mentor's capacity
   * @return the problem
   */
  public static MatchingProblem denseProblem(double[] w, int n, int m, int mentorCapacity) {
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int i = 0; i < n; i++) {
      b.addIntern("i" + (i + 1));
    }
    for (int j = 0; j < m; j++) {
      b.addMentor("m" + (j + 1), mentorCapacity);
    }
    WeightMatrix.Builder matrix = WeightMatrix.builder(n, m);
    for (int i = 0; i < n; i++) {
      matrix.setRow(i, w, i * m);
    }
    return b.weights(matrix.build()).build();
  }

  /**
   * A ranked marketplace: each intern lists {@code choices} distinct mentors; each mentor
   * ranks exactly the interns who listed them.
   *
   * @param family {@code uniform} (random lists, random mentor rankings), {@code master}
   *     (random choices, but both sides order them by one shared master list), or
   *     {@code popular} (every intern lists the same most popular mentors, the adversarial
   *     case where proposals approach interns × choices)
   * @param interns the number of interns
   * @param mentors the number of mentors
   * @param choices list length per intern
   * @param mentorCapacity every mentor's capacity
   * @param seed the seed
   * @return the problem
   */
  public static MatchingProblem ranked(String family, int interns, int mentors, int choices, int mentorCapacity, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[][] lists = new int[interns][];
    int[] count = new int[mentors];
    int[] stamp = new int[mentors];
    for (int i = 0; i < interns; i++) {
      int[] list = new int[choices];
      if (family.equals("popular")) {
        for (int k = 0; k < choices; k++) {
          list[k] = k;
        }
      } else {
        for (int k = 0; k < choices; k++) {
          int j;
          do {
            j = r.nextInt(mentors);
          } while (stamp[j] == i + 1);
          stamp[j] = i + 1;
          list[k] = j;
        }
        if (family.equals("master")) {
          Arrays.sort(list);
        }
      }
      for (int j : list) {
        count[j]++;
      }
      lists[i] = list;
    }
    int[][] applicants = new int[mentors][];
    for (int j = 0; j < mentors; j++) {
      applicants[j] = new int[count[j]];
    }
    int[] fill = new int[mentors];
    for (int i = 0; i < interns; i++) {
      for (int j : lists[i]) {
        applicants[j][fill[j]++] = i;
      }
    }
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int i = 0; i < interns; i++) {
      b.addIntern("i" + i);
    }
    for (int j = 0; j < mentors; j++) {
      b.addMentor("m" + j, mentorCapacity);
    }
    for (int i = 0; i < interns; i++) {
      b.internRanks(i, lists[i]);
      lists[i] = null;
    }
    for (int j = 0; j < mentors; j++) {
      int[] a = applicants[j];
      if (family.equals("uniform")) {
        for (int k = a.length - 1; k > 0; k--) {
          int x = r.nextInt(k + 1);
          int t = a[k];
          a[k] = a[x];
          a[x] = t;
        }
      }
      b.mentorRanks(j, a);
      applicants[j] = null;
    }
    return b.build();
  }

  private static double round6(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
