package org.atelier.core.model;

import org.atelier.core.AtelierException;

/** The range checks that mentor and intern profiles share. */
final class ProfileChecks {
  private ProfileChecks() {}

  static void check(String owner, int rating, int capacity, int hoursPerWeek) {
    if (rating < 0 || rating > 50) {
      throw AtelierException.validation(owner + ": rating must be 0 to 50 tenths, got " + rating);
    }
    if (capacity < 0) {
      throw AtelierException.validation(owner + ": capacity must be >= 0, got " + capacity);
    }
    if (hoursPerWeek < 0) {
      throw AtelierException.validation(owner + ": hours per week must be >= 0, got " + hoursPerWeek);
    }
  }
}
