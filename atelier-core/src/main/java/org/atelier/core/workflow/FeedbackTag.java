package org.atelier.core.workflow;

/**
 * The category of a piece of review feedback. Tagged feedback lets experiments measure what
 * interns learn from reviews (the paper's finding that interns absorb best practices).
 *
 * @since 0.1
 */
public enum FeedbackTag {
  /** How experts would do it: conventions, idioms, maintainability. */
  BEST_PRACTICE,
  /** Whether it works: bugs, edge cases, missed requirements. */
  CORRECTNESS,
  /** Presentation: naming, formatting, clarity. */
  STYLE,
  /** Whether it does what the milestone asks, no less and no more. */
  SCOPE
}
