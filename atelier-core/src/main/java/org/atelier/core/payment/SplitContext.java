package org.atelier.core.payment;

import org.atelier.core.AtelierException;

/**
 * What a split policy may depend on when a milestone is paid out. The workflow fills it
 * from the milestone's history.
 *
 * @param revisions how many times the mentor requested changes on the milestone
 * @param reviewWorkload how many reviews and help answers the mentor gave for it
 * @param estimatedHours the milestone's estimated hours of work (0 if unknown)
 * @param onTime whether the milestone was approved by its due date
 * @param mentorTookOver whether the mentor finished the work after a takeover
 * @since 0.1
 */
public record SplitContext(int revisions, int reviewWorkload, long estimatedHours, boolean onTime,
    boolean mentorTookOver) {
  private static final SplitContext NONE = new SplitContext(0, 0, 0, false, false);

  /**
   * Checks the counts.
   *
   * @param revisions the change requests
   * @param reviewWorkload the reviews and help answers
   * @param estimatedHours the estimated hours
   * @param onTime whether on time
   * @param mentorTookOver whether the mentor took over
   * @throws AtelierException {@code VALIDATION} if a count is negative
   */
  public SplitContext {
    if (revisions < 0 || reviewWorkload < 0 || estimatedHours < 0) {
      throw AtelierException.validation("split context has revisions " + revisions + ", review workload "
          + reviewWorkload + ", estimated hours " + estimatedHours + "; expected counts >= 0");
    }
  }

  /**
   * The neutral context: no revisions, no workload, no estimate, not on time, no takeover.
   * Fixed splits ignore the context; settlements use this one.
   *
   * @return the neutral context
   */
  public static SplitContext none() {
    return NONE;
  }

  /**
   * This context with another revision count.
   *
   * @param value the change requests
   * @return the new context
   */
  public SplitContext withRevisions(int value) {
    return new SplitContext(value, reviewWorkload, estimatedHours, onTime, mentorTookOver);
  }

  /**
   * This context with another review workload.
   *
   * @param value the reviews and help answers
   * @return the new context
   */
  public SplitContext withReviewWorkload(int value) {
    return new SplitContext(revisions, value, estimatedHours, onTime, mentorTookOver);
  }

  /**
   * This context with another estimate.
   *
   * @param value the estimated hours
   * @return the new context
   */
  public SplitContext withEstimatedHours(long value) {
    return new SplitContext(revisions, reviewWorkload, value, onTime, mentorTookOver);
  }

  /**
   * This context with another on-time flag.
   *
   * @param value whether on time
   * @return the new context
   */
  public SplitContext withOnTime(boolean value) {
    return new SplitContext(revisions, reviewWorkload, estimatedHours, value, mentorTookOver);
  }

  /**
   * This context with another takeover flag.
   *
   * @param value whether the mentor took over
   * @return the new context
   */
  public SplitContext withMentorTookOver(boolean value) {
    return new SplitContext(revisions, reviewWorkload, estimatedHours, onTime, value);
  }
}
