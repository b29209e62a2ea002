package org.atelier.examples.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.MatchingProblemBuilder;
import org.atelier.core.matching.WeightMatrix;
import org.atelier.examples.cli.BadInputException;
import org.atelier.examples.text.English;

/**
 * Reads a dense weight matrix from CSV with no header: row r (line r, from 1) is intern
 * {@code i<r>}, column c (from 1) is mentor {@code m<c>}, each cell a finite decimal number
 * or empty for "not acceptable". Every line must have as many cells as the first.
 *
 * <p>Speed: the file is read once into a byte array and parsed in place, with no String per
 * cell. Numbers of at most 15 significant digits and a decimal exponent within ±22 are
 * converted exactly by Clinger's fast path (one multiplication or division of two exact
 * doubles, correctly rounded); anything longer falls back to {@link Double#parseDouble}.
 * A 5000 × 5000 matrix (about 225 MB at 6 decimals) parses in about a second.
 */
public final class WeightMatrixCsv {
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int k = 1; k < POW10.length; k++) {
      POW10[k] = POW10[k - 1] * 10;
    }
  }

  private WeightMatrixCsv() {}

  /**
   * Reads a matrix problem.
   *
   * @param file the CSV file
   * @param mentorCapacity every mentor's capacity, at least 1
   * @return the problem: interns capacity 1, mentors {@code mentorCapacity}
   * @throws BadInputException naming the line (and column) that is wrong, or when the file
   *     cannot be read
   */
  public static MatchingProblem read(Path file, int mentorCapacity) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      throw new BadInputException(file + ": cannot read the matrix (" + e.getMessage() + ")");
    }
    return parse(bytes, mentorCapacity, file.toString());
  }

  /**
   * Parses matrix bytes.
   *
   * @param bytes the CSV content, UTF-8 or ASCII
   * @param mentorCapacity every mentor's capacity, at least 1
   * @param name how to name the input in messages
   * @return the problem
   * @throws BadInputException naming the line (and column) that is wrong
   */
  public static MatchingProblem parse(byte[] bytes, int mentorCapacity, String name) {
    if (mentorCapacity < 1) {
      throw new BadInputException("--mentor-capacity: expected a whole number >= 1, got " + mentorCapacity);
    }
    int len = bytes.length;
    while (len > 0 && (bytes[len - 1] == '\n' || bytes[len - 1] == '\r')) {
      len--;
    }
    if (len == 0) {
      throw new BadInputException(name + ": empty matrix; expected one CSV line per intern");
    }
    int rows = 1;
    int cols = 1;
    boolean firstLine = true;
    for (int p = 0; p < len; p++) {
      byte b = bytes[p];
      if (b == '\n') {
        rows++;
        firstLine = false;
      } else if (b == ',' && firstLine) {
        cols++;
      }
    }
    if ((long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new BadInputException(name + ": " + rows + " x " + cols + " cells is more than a matrix can hold");
    }
    WeightMatrix.Builder matrix = WeightMatrix.builder(rows, cols);
    double[] row = new double[cols];
    int p = 0;
    for (int r = 0; r < rows; r++) {
      int line = r + 1;
      int c = 0;
      while (true) {
        int start = p;
        while (p < len && bytes[p] != ',' && bytes[p] != '\n' && bytes[p] != '\r') {
          p++;
        }
        if (c == cols) {
          throw new BadInputException(name + ": line " + line + ": expected " + English.count(cols, "cell", "cells")
              + " like line 1, got more");
        }
        row[c++] = cell(bytes, start, p, name, line, c);
        if (p < len && bytes[p] == ',') {
          p++;
          continue;
        }
        if (p < len && bytes[p] == '\r') {
          p++;
        }
        if (p < len && bytes[p] == '\n') {
          p++;
        }
        break;
      }
      if (c != cols) {
        throw new BadInputException(name + ": line " + line + ": expected " + English.count(cols, "cell", "cells")
            + " like line 1, got " + c);
      }
      matrix.setRow(r, row, 0);
    }
    MatchingProblemBuilder b = MatchingProblem.builder();
    try {
      for (int r = 1; r <= rows; r++) {
        b.addIntern("i" + r);
      }
      for (int c = 1; c <= cols; c++) {
        b.addMentor("m" + c, mentorCapacity);
      }
      return b.weights(matrix.build()).build();
    } catch (AtelierException e) {
      throw new BadInputException(name + ": " + e.getMessage());
    }
  }

  private static double cell(byte[] s, int from, int to, String name, int line, int col) {
    while (from < to && (s[from] == ' ' || s[from] == '\t')) {
      from++;
    }
    while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\t')) {
      to--;
    }
    if (from == to) {
      return Double.NaN;
    }
    int p = from;
    boolean negative = false;
    if (s[p] == '-' || s[p] == '+') {
      negative = s[p] == '-';
      p++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean anyDigit = false;
    while (p < to && s[p] >= '0' && s[p] <= '9') {
      anyDigit = true;
      if (digits < 18) {
        mantissa = mantissa * 10 + (s[p] - '0');
        if (mantissa != 0) {
          digits++;
        }
      } else {
        scale++;
        digits++;
      }
      p++;
    }
    if (p < to && s[p] == '.') {
      p++;
      while (p < to && s[p] >= '0' && s[p] <= '9') {
        anyDigit = true;
        if (digits < 18) {
          mantissa = mantissa * 10 + (s[p] - '0');
          if (mantissa != 0) {
            digits++;
          }
          scale--;
        } else {
          digits++;
        }
        p++;
      }
    }
    int exponent = 0;
    boolean exponentOk = true;
    if (anyDigit && p < to && (s[p] == 'e' || s[p] == 'E')) {
      p++;
      boolean expNegative = false;
      if (p < to && (s[p] == '-' || s[p] == '+')) {
        expNegative = s[p] == '-';
        p++;
      }
      exponentOk = p < to;
      while (p < to && s[p] >= '0' && s[p] <= '9') {
        if (exponent < 10000) {
          exponent = exponent * 10 + (s[p] - '0');
        }
        p++;
      }
      exponent = expNegative ? -exponent : exponent;
    }
    if (!anyDigit || p != to || !exponentOk) {
      throw new BadInputException(name + ": line " + line + ", column " + col
          + ": expected a number or an empty cell, got \"" + new String(s, from, to - from, StandardCharsets.UTF_8) + "\"");
    }
    int e10 = scale + exponent;
    double value;
    if (digits <= 15 && e10 >= -22 && e10 <= 22) {
      value = e10 < 0 ? mantissa / POW10[-e10] : mantissa * POW10[e10];
    } else {
      value = Double.parseDouble(new String(s, from, to - from, StandardCharsets.US_ASCII));
    }
    if (Double.isInfinite(value)) {
      throw new BadInputException(name + ": line " + line + ", column " + col + ": the weight must be finite, got \""
          + new String(s, from, to - from, StandardCharsets.UTF_8) + "\"");
    }
    return negative ? -value : value;
  }
}
