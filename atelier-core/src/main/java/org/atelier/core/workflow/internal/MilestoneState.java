package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.Review;
import org.atelier.core.workflow.Submission;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/** One milestone inside the aggregate's state. Immutable; the fold replaces it. */
record MilestoneState(MilestoneSpec spec, MilestoneStatus status, Money amount, List<Submission> submissions,
    List<Review> reviews, int revisions, @Nullable Instant submittedAt, @Nullable Instant overdueReportedFor) {

  MilestoneState {
    submissions = List.copyOf(submissions);
    reviews = List.copyOf(reviews);
  }

  static MilestoneState planned(MilestoneSpec spec, MilestoneStatus status, Money amount) {
    return new MilestoneState(spec, status, amount, List.of(), List.of(), 0, null, null);
  }

  String id() {
    return spec.id().value();
  }

  MilestoneState withStatus(MilestoneStatus next) {
    return new MilestoneState(spec, next, amount, submissions, reviews, revisions, submittedAt, overdueReportedFor);
  }

  MilestoneState withSpec(MilestoneSpec next) {
    return new MilestoneState(next, status, amount, submissions, reviews, revisions, submittedAt, overdueReportedFor);
  }

  MilestoneState submitted(Submission submission) {
    List<Submission> more = new ArrayList<>(submissions);
    more.add(submission);
    return new MilestoneState(spec, status, amount, more, reviews, revisions, submission.at(), overdueReportedFor);
  }

  MilestoneState reviewed(Review review, boolean revision) {
    List<Review> more = new ArrayList<>(reviews);
    more.add(review);
    return new MilestoneState(spec, status, amount, submissions, more, revisions + (revision ? 1 : 0), submittedAt,
        overdueReportedFor);
  }

  MilestoneState overdueReported(Instant due) {
    return new MilestoneState(spec, status, amount, submissions, reviews, revisions, submittedAt, due);
  }

  boolean isOpen() {
    return status != MilestoneStatus.APPROVED && status != MilestoneStatus.CANCELLED;
  }
}
