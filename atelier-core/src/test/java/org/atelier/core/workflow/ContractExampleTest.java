package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.core.workflow.Fixture.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario contract's example, step by step, with the result it documents. */
class ContractExampleTest {

  @Test
  void contractExample_reachesTheDocumentedStatusesAndBalances() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "first cut");
    f.advance(Duration.ofHours(6));
    f.flow.requestChanges(MEN, T1, M1, "handle quoted commas", List.of(FeedbackTag.CORRECTNESS));
    f.flow.askForHelp(INT, T1, H1, "which CSV dialect?");
    f.flow.answerHelp(MEN, T1, H1, "RFC 4180");
    f.flow.resolveHelp(INT, T1, H1);
    f.flow.submitMilestone(INT, T1, M1, "");
    InternshipView view = f.flow.approveMilestone(MEN, T1, M1);

    assertThat(view.status()).isEqualTo(InternshipStatus.IN_PROGRESS);
    assertThat(view.mentor()).hasToString("men-1");
    assertThat(view.intern()).hasToString("int-1");
    MilestoneView m1 = view.milestone(M1).orElseThrow();
    assertThat(m1.status()).isEqualTo(MilestoneStatus.APPROVED);
    assertThat(m1.revisions()).isEqualTo(1);
    assertThat(m1.submissions()).hasSize(2);
    assertThat(view.helpRequest(H1).orElseThrow().status()).isEqualTo(HelpStatus.RESOLVED);

    assertThat(f.balance("req-1")).isEqualTo("-1000.00");
    assertThat(f.balance("escrow:t1")).isEqualTo("700.00");
    assertThat(f.balance("int-1")).isEqualTo("210.00");
    assertThat(f.balance("men-1")).isEqualTo("60.00");
    assertThat(f.balance("platform")).isEqualTo("30.00");
    assertThat(f.flow.notifications()).anySatisfy(n -> {
      assertThat(n.recipient()).isEqualTo("men-1");
      assertThat(n.kind()).isEqualTo("MILESTONE_SUBMITTED");
    });
    assertThat(f.flow.timeline(T1)).extracting(TimelineEntry::type).contains("MilestoneApproved");
  }
}
