package org.atelier.core.payment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.AccountId;
import org.atelier.core.payment.EscrowMilestone;
import org.atelier.core.payment.EscrowMilestone.State;
import org.atelier.core.payment.EscrowParties;
import org.atelier.core.payment.EscrowStatus;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutExplanation;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.PayoutPurpose;
import org.atelier.core.payment.PlannedMilestone;
import org.atelier.core.payment.SplitContext;
import org.atelier.core.payment.SplitExplanation;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.jspecify.annotations.Nullable;

/**
 * The state of one escrow and its transitions: the implementation behind the public
 * {@code org.atelier.core.payment.Escrow}, which documents each transition's contract
 * (preconditions, refusals, what moves) and delegates here. Immutable: a transition returns
 * an {@link EscrowStep} with the new state, or throws an {@link AtelierException} and changes
 * nothing. Every state is checked against the escrow's invariants ({@link EscrowTotals#check})
 * when it is built. Complexity: {@code O(m)} per transition for {@code m} milestones.
 *
 * @param task the task's id
 * @param budget the whole budget; its currency is the escrow's only currency
 * @param policy how each payout is split
 * @param workers who does the work
 * @param status where the escrow is in its life
 * @param milestones the milestones and where their money is
 * @param totals what was funded, released and refunded
 * @param explanations the explanations of every payout so far, in order
 */
public record EscrowState(String task, Money budget, SplitPolicy policy, EscrowWorkers workers, EscrowStatus status,
    EscrowMilestones milestones, EscrowTotals totals, List<PayoutExplanation> explanations) {
  /** The milestone name of a settlement's explanation. */
  public static final String SETTLEMENT = "settlement";

  /**
   * Copies the explanations and checks the invariants.
   *
   * @param task the task
   * @param budget the budget
   * @param policy the policy
   * @param workers the workers
   * @param status the status
   * @param milestones the milestones
   * @param totals the totals
   * @param explanations the explanations
   * @throws IllegalStateException if the totals break an invariant
   */
  public EscrowState {
    explanations = List.copyOf(explanations);
    totals.check(task, budget.minorUnits(), status);
  }

  /**
   * Opens an unfunded escrow, as {@code Escrow.open} documents.
   *
   * @param task the task's id
   * @param budget the budget, positive
   * @param planned the planned milestones
   * @param policy how each payout is split
   * @param parties the requester, the mentor and the intern if already assigned
   * @return the open, empty escrow
   * @throws AtelierException {@code VALIDATION} if the budget is not positive, the plan is
   *     malformed, or the policy refuses it
   */
  public static EscrowState open(String task, Money budget, List<PlannedMilestone> planned, SplitPolicy policy,
      EscrowParties parties) {
    AccountId.escrow(task);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(parties, "parties");
    if (budget.minorUnits() <= 0) {
      throw AtelierException.validation("budget of task " + task + " is " + budget + "; expected a positive amount");
    }
    EscrowMilestones milestones = EscrowMilestones.plan(task, budget, planned);
    policy.checkPlan(budget, planned);
    return new EscrowState(task, budget, policy, new EscrowWorkers(parties, false), EscrowStatus.OPEN, milestones,
        EscrowTotals.EMPTY, List.of());
  }

  /**
   * Funds every milestone not yet funded, in one movement from the requester.
   *
   * @param at when
   * @return the step
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if frozen, ended or already fully funded
   */
  public EscrowStep fund(Instant at) {
    requireOpen("fund");
    if (!milestones.any(State.UNFUNDED)) {
      throw AtelierException.illegalTransition("escrow of task " + task + " is already fully funded; nothing to fund");
    }
    return funding(PayoutKey.WHOLE_ESCROW, milestones.total(State.UNFUNDED),
        milestones.moveAll(State.UNFUNDED, State.FUNDED), at, "fund escrow of " + task);
  }

  /**
   * Funds one milestone's amount.
   *
   * @param milestone the milestone's id
   * @param at when
   * @return the step
   * @throws AtelierException {@code NOT_FOUND} for an unknown milestone; {@code ILLEGAL_TRANSITION}
   *     if it is already funded or the escrow is frozen or ended
   */
  public EscrowStep fundMilestone(String milestone, Instant at) {
    requireOpen("fund milestone " + milestone);
    EscrowMilestone m = milestones.get(milestone);
    if (m.state() != State.UNFUNDED) {
      throw AtelierException.illegalTransition("milestone " + milestone + " of task " + task + " is " + m.state()
          + "; only an UNFUNDED milestone can be funded");
    }
    return funding(milestone, m.amount(), milestones.move(milestone, State.FUNDED), at,
        "fund " + task + "/" + milestone);
  }

  private EscrowStep funding(String milestone, Money amount, EscrowMilestones next, Instant at, String memo) {
    Disbursement d = new Disbursement(task, milestone, workers.parties().requester())
        .pay(AccountId.escrow(task).value(), amount, PayoutPurpose.FUNDING, PaymentKind.FUND_ESCROW);
    EscrowState after = next(status, next, totals.fund(amount.minorUnits()), explanations);
    if (d.isEmpty()) {
      return EscrowStep.unchangedMoney(after);
    }
    return new EscrowStep(after, List.of(d.transaction("fund", at, memo)), d.instructions(), List.of());
  }

  /**
   * Pays a funded milestone out of escrow by the policy, to the platform, the mentor and the worker.
   *
   * @param milestone the milestone's id
   * @param context the milestone's revisions, workload and timing; the takeover flag is set from this state
   * @param at when
   * @return the step
   * @throws AtelierException {@code NOT_FOUND} for an unknown milestone; {@code ILLEGAL_TRANSITION}
   *     if it is not funded, the escrow is frozen or ended, or there is no worker to pay
   */
  public EscrowStep release(String milestone, SplitContext context, Instant at) {
    requireOpen("release milestone " + milestone);
    EscrowMilestone m = milestones.get(milestone);
    if (m.state() != State.FUNDED) {
      throw AtelierException.illegalTransition("milestone " + milestone + " of task " + task + " is " + m.state()
          + "; only a FUNDED milestone can be released");
    }
    String worker = workers.worker().orElseThrow(() -> AtelierException.illegalTransition("task " + task
        + " has no intern to pay for milestone " + milestone + "; replace the intern or let the mentor take over"));
    SplitExplanation split = policy.explain(m.amount(), context.withMentorTookOver(workers.mentorTookOver()));
    return payout(milestones.move(milestone, State.RELEASED), milestone, m.amount(), split, worker,
        milestones.rounding(milestone), Money.zero(budget.currency()), status, at);
  }

  /**
   * Pays {@code amount} from escrow by {@code split} (and its bonus from the requester),
   * refunds {@code refund}, and moves to {@code nextStatus}.
   */
  private EscrowStep payout(EscrowMilestones next, String milestone, Money amount, SplitExplanation split,
      @Nullable String worker, String rounding, Money refund, EscrowStatus nextStatus, Instant at) {
    String key = milestone.equals(SETTLEMENT) ? PayoutKey.WHOLE_ESCROW : milestone;
    Payout payout = Payout.of(task, milestone, key, workers.parties(), worker, amount, split, rounding, refund, at);
    PayoutExplanation explanation = payout.explanation();
    List<PayoutExplanation> moreExplanations = new ArrayList<>(explanations);
    moreExplanations.add(explanation);
    EscrowState after = next(nextStatus, next, totals.payOut(payout.paid(), payout.refunded()), moreExplanations);
    return new EscrowStep(after, payout.transactions(), payout.instructions(), List.of(explanation));
  }

  /**
   * Changes who does the work ({@link EscrowWorkers}); no money moves.
   *
   * @param operation the operation, for the message
   * @param change the change of workers, which may refuse
   * @return the step
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the escrow ended, or as {@code change} refuses
   */
  public EscrowStep changeWorkers(String operation, UnaryOperator<EscrowWorkers> change) {
    requireNotEnded(operation);
    return EscrowStep.unchangedMoney(new EscrowState(task, budget, policy, change.apply(workers), status, milestones,
        totals, explanations));
  }

  /**
   * Ends by cancellation: the unearned rest goes back to the requester.
   *
   * @param at when
   * @return the step
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if frozen or ended
   */
  public EscrowStep cancel(Instant at) {
    requireOpen("cancel");
    Money held = held();
    EscrowState after = next(EscrowStatus.CANCELLED, milestones.moveAll(State.FUNDED, State.REFUNDED)
        .moveAll(State.UNFUNDED, State.REFUNDED), totals.payOut(0, held.minorUnits()), explanations);
    if (held.isZero()) {
      return EscrowStep.unchangedMoney(after);
    }
    Disbursement d = new Disbursement(task, PayoutKey.WHOLE_ESCROW, AccountId.escrow(task).value())
        .pay(workers.parties().requester(), held, PayoutPurpose.REFUND, PaymentKind.REFUND);
    return new EscrowStep(after, List.of(d.transaction("refund", at, "refund the unearned rest of " + task)),
        d.instructions(), List.of());
  }

  /**
   * Freezes the escrow during a dispute.
   *
   * @return the step
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if already frozen or ended
   */
  public EscrowStep freeze() {
    requireOpen("freeze");
    return EscrowStep.unchangedMoney(next(EscrowStatus.FROZEN, milestones, totals, explanations));
  }

  /**
   * Settles a dispute and ends: {@link SettlementShares} divide what escrow holds, and the
   * payout part is split by the policy with a neutral context.
   *
   * @param toRequesterPercent the whole percent refunded to the requester
   * @param at when
   * @return the step
   * @throws AtelierException {@code VALIDATION} if the percent is outside 0..100;
   *     {@code ILLEGAL_TRANSITION} if the escrow is not frozen
   */
  public EscrowStep settle(int toRequesterPercent, Instant at) {
    Exact.requirePercent("toRequesterPercent", toRequesterPercent);
    if (status != EscrowStatus.FROZEN) {
      throw AtelierException.illegalTransition("escrow of task " + task + " is " + status
          + "; only a FROZEN escrow (an open dispute) can be settled");
    }
    Money held = held();
    SettlementShares shares = SettlementShares.of(held, toRequesterPercent);
    SplitExplanation split = policy.explain(shares.payout(),
        SplitContext.none().withMentorTookOver(workers.mentorTookOver()));
    String rounding = "held " + held + " split " + toRequesterPercent + "/" + (100 - toRequesterPercent)
        + " to requester/payout: " + shares.allocation().describe();
    return payout(milestones.moveAll(State.FUNDED, State.SETTLED).moveAll(State.UNFUNDED, State.REFUNDED),
        SETTLEMENT, shares.payout(), split, workers.worker().orElse(null), rounding, shares.refund(),
        EscrowStatus.SETTLED, at);
  }

  /**
   * Ends on the requester's acceptance, releasing every milestone still held with a neutral context.
   *
   * @param at when
   * @return the step, with the releases of any held milestones
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if frozen or ended, if a milestone was
   *     never funded, or if a milestone is held and there is no worker to pay
   */
  public EscrowStep complete(Instant at) {
    requireOpen("complete");
    for (EscrowMilestone m : milestones.list()) {
      if (m.state() == State.UNFUNDED) {
        throw AtelierException.illegalTransition("milestone " + m.id() + " of task " + task
            + " was never funded; fund it before completing");
      }
    }
    EscrowState current = this;
    List<LedgerTransaction> txs = new ArrayList<>();
    List<PaymentInstruction> instructions = new ArrayList<>();
    List<PayoutExplanation> explained = new ArrayList<>();
    for (EscrowMilestone m : milestones.list()) {
      if (m.state() == State.FUNDED) {
        EscrowStep step = current.release(m.id(), SplitContext.none(), at);
        current = step.state();
        txs.addAll(step.transactions());
        instructions.addAll(step.instructions());
        explained.addAll(step.explanations());
      }
    }
    EscrowState ended = current.next(EscrowStatus.COMPLETED, current.milestones, current.totals,
        current.explanations);
    return new EscrowStep(ended, txs, instructions, explained);
  }

  private EscrowState next(EscrowStatus nextStatus, EscrowMilestones nextMilestones, EscrowTotals nextTotals,
      List<PayoutExplanation> nextExplanations) {
    return new EscrowState(task, budget, policy, workers, nextStatus, nextMilestones, nextTotals, nextExplanations);
  }

  private Money held() {
    return new Money(budget.currency(), totals.held());
  }

  private void requireOpen(String operation) {
    if (status != EscrowStatus.OPEN) {
      throw AtelierException.illegalTransition("cannot " + operation + ": escrow of task " + task + " is " + status
          + (status == EscrowStatus.FROZEN ? "; a frozen escrow moves nothing until the platform settles"
          : "; it has ended and moves nothing more"));
    }
  }

  private void requireNotEnded(String operation) {
    if (status.isEnded()) {
      throw AtelierException.illegalTransition("cannot " + operation + ": escrow of task " + task + " has ended ("
          + status + ")");
    }
  }
}
