package org.atelier.core.matching;

import java.util.Arrays;

/**
 * A dense, immutable matrix of pair weights: row {@code r} is intern {@code r}, column
 * {@code c} is mentor {@code c}. A missing cell (the pair is not acceptable) is stored as
 * {@link Double#NaN}. Memory is one {@code double} per cell and nothing else.
 *
 * <p>Build one with {@link #builder(int, int)}: the builder fills the cells in place and
 * {@link Builder#build()} hands its array over without a copy, which matters at
 * 5000 × 5000 (200 MB).
 *
 * @since 0.1
 */
public final class WeightMatrix {
  private final int rows;
  private final int cols;
  private final double[] cells;

  private WeightMatrix(int rows, int cols, double[] cells) {
    this.rows = rows;
    this.cols = cols;
    this.cells = cells;
  }

  /**
   * Starts a matrix whose cells are all missing.
   *
   * @param rows the number of interns, at least 0
   * @param cols the number of mentors, at least 0
   * @return a builder
   * @throws IllegalArgumentException if a dimension is negative or the matrix would hold
   *     more than {@code Integer.MAX_VALUE - 8} cells
   */
  public static Builder builder(int rows, int cols) {
    if (rows < 0 || cols < 0 || (long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a weight matrix needs 0 <= rows * cols <= "
          + (Integer.MAX_VALUE - 8) + " cells, got " + rows + " x " + cols);
    }
    return new Builder(rows, cols);
  }

  /**
   * The number of rows (interns).
   *
   * @return the row count
   */
  public int rows() {
    return rows;
  }

  /**
   * The number of columns (mentors).
   *
   * @return the column count
   */
  public int cols() {
    return cols;
  }

  /**
   * Whether the pair has a weight.
   *
   * @param row the intern's index
   * @param col the mentor's index
   * @return {@code true} if the cell is not missing
   */
  public boolean has(int row, int col) {
    return !Double.isNaN(weight(row, col));
  }

  /**
   * The weight of a pair.
   *
   * @param row the intern's index
   * @param col the mentor's index
   * @return the weight, or {@link Double#NaN} when the cell is missing
   * @throws IndexOutOfBoundsException if the cell is outside the matrix
   */
  public double weight(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException("cell (" + row + ", " + col + ") outside " + rows + " x " + cols);
    }
    return cells[row * cols + col];
  }

  /** The row-major cells, for the algorithms in this package; never handed to users. */
  double[] cells() {
    return cells;
  }

  /** A copy with the given cells set to missing; the original is unchanged. */
  WeightMatrix withMissing(int[] rowsOf, int[] colsOf) {
    double[] copy = cells.clone();
    for (int k = 0; k < rowsOf.length; k++) {
      copy[rowsOf[k] * cols + colsOf[k]] = Double.NaN;
    }
    return new WeightMatrix(rows, cols, copy);
  }

  /**
   * Fills a {@link WeightMatrix} in place. Not thread-safe; usable until {@link #build()}.
   */
  public static final class Builder {
    private final int rows;
    private final int cols;
    private double[] cells;

    private Builder(int rows, int cols) {
      this.rows = rows;
      this.cols = cols;
      this.cells = new double[rows * cols];
      Arrays.fill(cells, Double.NaN);
    }

    /**
     * Sets one cell.
     *
     * @param row the intern's index
     * @param col the mentor's index
     * @param weight a finite weight, or {@link Double#NaN} for a missing cell
     * @return this builder
     * @throws IllegalArgumentException if the weight is infinite
     * @throws IndexOutOfBoundsException if the cell is outside the matrix
     * @throws IllegalStateException if {@link #build()} was already called
     */
    public Builder set(int row, int col, double weight) {
      if (cells.length == 0 && (rows > 0 && cols > 0)) {
        throw new IllegalStateException("the matrix was already built");
      }
      if (row < 0 || row >= rows || col < 0 || col >= cols) {
        throw new IndexOutOfBoundsException("cell (" + row + ", " + col + ") outside " + rows + " x " + cols);
      }
      if (Double.isInfinite(weight)) {
        throw new IllegalArgumentException("cell (" + row + ", " + col + "): a weight must be finite, got " + weight);
      }
      cells[row * cols + col] = weight;
      return this;
    }

    /**
     * Sets a whole row from {@code values[offset .. offset + cols)} (fast path for parsers).
     *
     * @param row the intern's index
     * @param values finite weights or {@link Double#NaN}
     * @param offset where the row starts in {@code values}
     * @return this builder
     * @throws IllegalArgumentException if a weight is infinite
     * @throws IllegalStateException if {@link #build()} was already called
     */
    public Builder setRow(int row, double[] values, int offset) {
      if (cells.length == 0 && (rows > 0 && cols > 0)) {
        throw new IllegalStateException("the matrix was already built");
      }
      if (row < 0 || row >= rows) {
        throw new IndexOutOfBoundsException("row " + row + " outside " + rows + " rows");
      }
      for (int c = 0; c < cols; c++) {
        double w = values[offset + c];
        if (Double.isInfinite(w)) {
          throw new IllegalArgumentException("cell (" + row + ", " + c + "): a weight must be finite, got " + w);
        }
      }
      System.arraycopy(values, offset, cells, row * cols, cols);
      return this;
    }

    /**
     * Hands the cells over to an immutable matrix. The builder is unusable afterwards.
     *
     * @return the matrix
     * @throws IllegalStateException if called twice
     */
    public WeightMatrix build() {
      if (cells.length == 0 && rows > 0 && cols > 0) {
        throw new IllegalStateException("the matrix was already built");
      }
      WeightMatrix m = new WeightMatrix(rows, cols, cells);
      cells = new double[0];
      return m;
    }
  }
}
