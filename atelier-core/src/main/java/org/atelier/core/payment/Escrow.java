package org.atelier.core.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.jspecify.annotations.Nullable;

/**
 * The escrow of one micro-internship, as a pure, immutable model: the workflow's
 * {@code Internship} aggregate holds it and calls it on funding, approval, cancellation,
 * withdrawal, replacement, takeover and dispute. Each operation returns an
 * {@link EscrowOutcome}: the new escrow, the ledger transactions and the payment
 * instructions it implies. A refused operation throws an {@link AtelierException} and,
 * the escrow being immutable, changes nothing.
 *
 * <h2>Invariants</h2>
 *
 * <ul>
 *   <li>the balance ({@code funded − released − refunded}) is never negative;
 *   <li>nothing is released or refunded beyond what was funded, and a milestone is paid at most once;
 *   <li>a frozen escrow moves nothing until {@link #settle};
 *   <li>an ended escrow ({@link EscrowStatus#isEnded()}) has a zero balance;
 *   <li>every transaction balances, and every instruction mirrors a posting pair, in one currency.
 * </ul>
 *
 * <h2>Lifecycle</h2>
 *
 * <p>{@link #open} plans the milestones' amounts (the budget split by their shares with
 * largest remainder). {@link #fund} moves the whole unfunded budget in, or
 * {@link #fundMilestone} one milestone's amount (as Upwork does). {@link #release} pays an
 * approved milestone, split by the policy among the platform, the mentor and the worker
 * (the intern, or the mentor after {@link #mentorTakeover}). {@link #withdrawIntern} and
 * {@link #replaceIntern} change the worker: the withdrawn intern keeps what was released,
 * and the rest carries over to the replacement. {@link #cancel} refunds the unearned rest.
 * {@link #freeze} and {@link #settle} handle a dispute. {@link #complete} pays whatever is
 * still held and ends.
 *
 * <p>Complexity: every operation is {@code O(m)} for {@code m} milestones.
 *
 * @since 0.1
 */
public final class Escrow {
  private static final String SETTLEMENT = "settlement";

  private final String task;
  private final Money budget;
  private final AllocationTrace budgetAllocation;
  private final SplitPolicy policy;
  private final EscrowParties parties;
  private final boolean mentorTookOver;
  private final EscrowStatus status;
  private final List<EscrowMilestone> milestones;
  private final long funded;
  private final long released;
  private final long refunded;
  private final List<PayoutExplanation> explanations;

  private Escrow(String task, Money budget, AllocationTrace budgetAllocation, SplitPolicy policy,
      EscrowParties parties, boolean mentorTookOver, EscrowStatus status, List<EscrowMilestone> milestones,
      long funded, long released, long refunded, List<PayoutExplanation> explanations) {
    this.task = task;
    this.budget = budget;
    this.budgetAllocation = budgetAllocation;
    this.policy = policy;
    this.parties = parties;
    this.mentorTookOver = mentorTookOver;
    this.status = status;
    this.milestones = List.copyOf(milestones);
    this.funded = funded;
    this.released = released;
    this.refunded = refunded;
    this.explanations = List.copyOf(explanations);
    long held = funded - released - refunded;
    if (held < 0 || released > funded || refunded > funded || funded > budget.minorUnits()
        || (status.isEnded() && held != 0)) {
      throw new IllegalStateException("escrow invariant broken for task " + task + ": funded " + funded
          + ", released " + released + ", refunded " + refunded + ", status " + status);
    }
  }

  /**
   * Opens an unfunded escrow for a planned internship. The milestones' amounts are the
   * budget split by their shares with largest remainder, so they sum to the budget. The
   * policy checks the plan ({@link SplitPolicy#checkPlan}).
   *
   * @param task the task's id
   * @param budget the budget, positive; its currency is the internship's only currency
   * @param milestones the planned milestones, at least one, with distinct ids and shares summing to more than zero
   * @param policy how each payout is split
   * @param parties the requester, the mentor and the intern if already assigned
   * @return the escrow, {@link EscrowStatus#OPEN} and empty
   * @throws AtelierException {@code VALIDATION} if the budget is not positive, the plan is
   *     malformed, or the policy refuses it
   */
  public static Escrow open(String task, Money budget, List<PlannedMilestone> milestones, SplitPolicy policy,
      EscrowParties parties) {
    AccountId.escrow(task);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(parties, "parties");
    if (budget.minorUnits() <= 0) {
      throw AtelierException.validation("budget of task " + task + " is " + budget + "; expected a positive amount");
    }
    List<Money> amounts = PlannedMilestone.amounts(budget, milestones);
    policy.checkPlan(budget, milestones);
    long[] shares = milestones.stream().mapToLong(PlannedMilestone::share).toArray();
    List<EscrowMilestone> planned = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      planned.add(new EscrowMilestone(milestones.get(i).id(), amounts.get(i), milestones.get(i).estimatedHours(),
          EscrowMilestone.State.UNFUNDED));
    }
    return new Escrow(task, budget, Allocation.trace(budget.minorUnits(), shares), policy, parties, false,
        EscrowStatus.OPEN, planned, 0, 0, 0, List.of());
  }

  // ---- funding -------------------------------------------------------------------------

  /**
   * Funds every milestone not yet funded, in one movement from the requester.
   *
   * @param at when
   * @return the outcome: one {@code FUND_ESCROW} instruction and its transaction
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the escrow is frozen, ended or already fully funded
   */
  public EscrowOutcome fund(Instant at) {
    requireOpen("fund");
    List<EscrowMilestone> next = new ArrayList<>();
    Money amount = Money.zero(currency());
    boolean any = false;
    for (EscrowMilestone m : milestones) {
      if (m.state() == EscrowMilestone.State.UNFUNDED) {
        amount = amount.plus(m.amount());
        next.add(m.with(EscrowMilestone.State.FUNDED));
        any = true;
      } else {
        next.add(m);
      }
    }
    if (!any) {
      throw AtelierException.illegalTransition("escrow of task " + task + " is already fully funded; nothing to fund");
    }
    return funding(PayoutKey.WHOLE_ESCROW, amount, next, at, "fund escrow of " + task);
  }

  /**
   * Funds one milestone's amount (per-milestone funding).
   *
   * @param milestone the milestone's id
   * @param at when
   * @return the outcome: one {@code FUND_ESCROW} instruction and its transaction
   * @throws AtelierException {@code NOT_FOUND} for an unknown milestone;
   *     {@code ILLEGAL_TRANSITION} if it is already funded or the escrow is frozen or ended
   */
  public EscrowOutcome fundMilestone(String milestone, Instant at) {
    requireOpen("fund milestone " + milestone);
    EscrowMilestone m = milestone(milestone);
    if (m.state() != EscrowMilestone.State.UNFUNDED) {
      throw AtelierException.illegalTransition("milestone " + milestone + " of task " + task + " is " + m.state()
          + "; only an UNFUNDED milestone can be funded");
    }
    return funding(milestone, m.amount(), replace(m.with(EscrowMilestone.State.FUNDED)), at,
        "fund " + task + "/" + milestone);
  }

  private EscrowOutcome funding(String milestone, Money amount, List<EscrowMilestone> next, Instant at, String memo) {
    Disbursement d = new Disbursement(task, milestone, parties.requester())
        .pay(escrowAccount().value(), amount, PayoutPurpose.FUNDING, PaymentKind.FUND_ESCROW);
    Escrow after = new Escrow(task, budget, budgetAllocation, policy, parties, mentorTookOver, status, next,
        Math.addExact(funded, amount.minorUnits()), released, refunded, explanations);
    if (d.isEmpty()) {
      return EscrowOutcome.unchangedMoney(after);
    }
    return new EscrowOutcome(after, List.of(d.transaction("fund", at, memo)), d.instructions(), List.of());
  }

  // ---- release -------------------------------------------------------------------------

  /**
   * Pays an approved milestone out of escrow: its amount is split by the policy among the
   * platform, the mentor and the worker (the intern, or the mentor after a takeover). With
   * an {@link OnTimeBonus}, the requester also pays the worker a bonus, in a second transaction.
   *
   * @param milestone the approved milestone's id
   * @param context the milestone's revisions, workload and timing; the takeover flag is set from this escrow
   * @param at when
   * @return the outcome: the release transaction (and the bonus transaction), one
   *     {@code PAYOUT} instruction per non-zero part, and the explanation
   * @throws AtelierException {@code NOT_FOUND} for an unknown milestone; {@code ILLEGAL_TRANSITION}
   *     if the milestone is not funded or already paid, the escrow is frozen or ended, or there
   *     is no worker to pay (the intern withdrew and nobody replaced them)
   */
  public EscrowOutcome release(String milestone, SplitContext context, Instant at) {
    requireOpen("release milestone " + milestone);
    EscrowMilestone m = milestone(milestone);
    if (m.state() != EscrowMilestone.State.FUNDED) {
      throw AtelierException.illegalTransition("milestone " + milestone + " of task " + task + " is " + m.state()
          + "; only a FUNDED milestone can be released");
    }
    String worker = worker().orElseThrow(() -> AtelierException.illegalTransition("task " + task
        + " has no intern to pay for milestone " + milestone + "; replace the intern or let the mentor take over"));
    SplitContext effective = context.withMentorTookOver(mentorTookOver);
    SplitExplanation split = policy.explain(m.amount(), effective);
    int index = milestones.indexOf(m);
    String rounding = "part " + index + " (share " + budgetAllocation.weights().get(index) + ") of the budget "
        + budget + ": " + budgetAllocation.describe();
    return payout(List.of(m.with(EscrowMilestone.State.RELEASED)), milestone, m.amount(), split, worker, rounding,
        Money.zero(currency()), status, at);
  }

  /**
   * Pays {@code amount} from escrow by {@code split} (and its bonus from the requester),
   * refunds {@code refund}, and moves to {@code nextStatus}.
   */
  private EscrowOutcome payout(List<EscrowMilestone> changed, String milestone, Money amount, SplitExplanation split,
      @Nullable String worker, String rounding, Money refund, EscrowStatus nextStatus, Instant at) {
    String key = milestone.equals(SETTLEMENT) ? PayoutKey.WHOLE_ESCROW : milestone;
    Payout payout = Payout.of(task, milestone, key, parties, worker, amount, split, rounding, refund, at);
    PayoutExplanation explanation = payout.explanation();
    List<PayoutExplanation> moreExplanations = new ArrayList<>(explanations);
    moreExplanations.add(explanation);
    List<EscrowMilestone> next = new ArrayList<>(milestones);
    for (EscrowMilestone c : changed) {
      next.set(indexOf(c.id()), c);
    }
    Escrow after = new Escrow(task, budget, budgetAllocation, policy, parties, mentorTookOver, nextStatus, next,
        funded, Math.addExact(released, payout.paid()), Math.addExact(refunded, payout.refunded()), moreExplanations);
    return new EscrowOutcome(after, payout.transactions(), payout.instructions(), List.of(explanation));
  }

  // ---- workers -------------------------------------------------------------------------

  /**
   * Assigns the first intern, when the escrow was opened without one.
   *
   * @param intern the intern's id
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if an intern is already assigned or
   *     the escrow ended; {@code VALIDATION} if the id is not a distinct party
   */
  public EscrowOutcome assignIntern(String intern) {
    requireNotEnded("assign intern " + intern);
    if (parties.intern() != null) {
      throw AtelierException.illegalTransition("task " + task + " already has intern " + parties.intern()
          + "; use replaceIntern to change it");
    }
    return EscrowOutcome.unchangedMoney(withWorkers(parties.withIntern(intern), false));
  }

  /**
   * The intern leaves: what was released to them stays theirs, and the rest waits in escrow
   * for a replacement or a takeover. No money moves.
   *
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if there is no intern or the escrow ended
   */
  public EscrowOutcome withdrawIntern() {
    requireNotEnded("withdraw the intern");
    if (parties.intern() == null) {
      throw AtelierException.illegalTransition("task " + task + " has no intern to withdraw");
    }
    return EscrowOutcome.unchangedMoney(withWorkers(parties.withIntern(null), mentorTookOver));
  }

  /**
   * A new intern takes over the milestones not yet paid: the escrow carries over to them,
   * and the previous intern (if still there) keeps what was released. Ends a mentor takeover.
   *
   * @param intern the new intern's id
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the escrow ended or this intern is
   *     already the current one; {@code VALIDATION} if the id is not a distinct party
   */
  public EscrowOutcome replaceIntern(String intern) {
    requireNotEnded("replace the intern");
    if (intern.equals(parties.intern())) {
      throw AtelierException.illegalTransition("intern " + intern + " already works on task " + task
          + "; expected a different intern");
    }
    return EscrowOutcome.unchangedMoney(withWorkers(parties.withIntern(intern), false));
  }

  /**
   * The mentor finishes the remaining milestones and earns the intern's part of each one
   * released from now on. The intern, if any, leaves with what was released to them.
   *
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the mentor already took over or the escrow ended
   */
  public EscrowOutcome mentorTakeover() {
    requireNotEnded("mentor takeover");
    if (mentorTookOver) {
      throw AtelierException.illegalTransition("mentor " + parties.mentor() + " already took over task " + task);
    }
    return EscrowOutcome.unchangedMoney(withWorkers(parties.withIntern(null), true));
  }

  private Escrow withWorkers(EscrowParties nextParties, boolean takeover) {
    return new Escrow(task, budget, budgetAllocation, policy, nextParties, takeover, status, milestones, funded,
        released, refunded, explanations);
  }

  // ---- endings -------------------------------------------------------------------------

  /**
   * Ends by cancellation: released milestones stay paid, the unearned rest held in escrow
   * goes back to the requester, and unfunded milestones are dropped.
   *
   * @param at when
   * @return the outcome: a {@code REFUND} instruction and its transaction if anything was held
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if frozen (settle instead) or ended
   */
  public EscrowOutcome cancel(Instant at) {
    requireOpen("cancel");
    Money held = balance();
    List<EscrowMilestone> next = new ArrayList<>();
    for (EscrowMilestone m : milestones) {
      boolean unpaid = m.state() == EscrowMilestone.State.FUNDED || m.state() == EscrowMilestone.State.UNFUNDED;
      next.add(unpaid ? m.with(EscrowMilestone.State.REFUNDED) : m);
    }
    Escrow after = new Escrow(task, budget, budgetAllocation, policy, parties, mentorTookOver,
        EscrowStatus.CANCELLED, next, funded, released, Math.addExact(refunded, held.minorUnits()), explanations);
    if (held.isZero()) {
      return EscrowOutcome.unchangedMoney(after);
    }
    Disbursement d = new Disbursement(task, PayoutKey.WHOLE_ESCROW, escrowAccount().value())
        .pay(parties.requester(), held, PayoutPurpose.REFUND, PaymentKind.REFUND);
    return new EscrowOutcome(after, List.of(d.transaction("refund", at, "refund the unearned rest of " + task)),
        d.instructions(), List.of());
  }

  /**
   * Freezes the escrow during a dispute: nothing moves until the platform settles.
   *
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if already frozen or ended
   */
  public EscrowOutcome freeze() {
    requireOpen("freeze");
    return EscrowOutcome.unchangedMoney(new Escrow(task, budget, budgetAllocation, policy, parties, mentorTookOver,
        EscrowStatus.FROZEN, milestones, funded, released, refunded, explanations));
  }

  /**
   * Settles a dispute by the platform's decision and ends: {@code toRequesterPercent} of
   * what escrow holds is refunded (largest remainder over {@code [p, 100 − p]}), and the
   * rest is paid out like a milestone by the policy (fee, mentor, worker), with a neutral
   * context. If there is no worker (the intern withdrew and nobody replaced them), the
   * worker's part goes back to the requester.
   *
   * @param toRequesterPercent the whole percent refunded to the requester, 0 to 100
   * @param at when
   * @return the outcome: one transaction, a {@code REFUND} and {@code PAYOUT} instructions, the explanation
   * @throws AtelierException {@code VALIDATION} if the percent is outside 0..100;
   *     {@code ILLEGAL_TRANSITION} if the escrow is not frozen
   */
  public EscrowOutcome settle(int toRequesterPercent, Instant at) {
    Exact.requirePercent("toRequesterPercent", toRequesterPercent);
    if (status != EscrowStatus.FROZEN) {
      throw AtelierException.illegalTransition("escrow of task " + task + " is " + status
          + "; only a FROZEN escrow (an open dispute) can be settled");
    }
    Money held = balance();
    AllocationTrace halves = Allocation.trace(held.minorUnits(), new long[] {toRequesterPercent,
        100 - toRequesterPercent});
    Money refund = new Money(currency(), halves.parts().get(0));
    Money rest = new Money(currency(), halves.parts().get(1));
    SplitExplanation split = policy.explain(rest, SplitContext.none().withMentorTookOver(mentorTookOver));
    List<EscrowMilestone> changed = new ArrayList<>();
    for (EscrowMilestone m : milestones) {
      if (m.state() == EscrowMilestone.State.FUNDED) {
        changed.add(m.with(EscrowMilestone.State.SETTLED));
      } else if (m.state() == EscrowMilestone.State.UNFUNDED) {
        changed.add(m.with(EscrowMilestone.State.REFUNDED));
      }
    }
    String rounding = "held " + held + " split " + toRequesterPercent + "/" + (100 - toRequesterPercent)
        + " to requester/payout: " + halves.describe();
    return payout(changed, SETTLEMENT, rest, split, worker().orElse(null), rounding, refund, EscrowStatus.SETTLED,
        at);
  }

  /**
   * Ends on the requester's acceptance: every milestone still held is released by the
   * policy with a neutral context (usually none is left, since each was paid on approval).
   *
   * @param at when
   * @return the outcome: the releases of any held milestones
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if frozen or ended, if a milestone
   *     was never funded, or if a milestone is held and there is no worker to pay
   */
  public EscrowOutcome complete(Instant at) {
    requireOpen("complete");
    for (EscrowMilestone m : milestones) {
      if (m.state() == EscrowMilestone.State.UNFUNDED) {
        throw AtelierException.illegalTransition("milestone " + m.id() + " of task " + task
            + " was never funded; fund it before completing");
      }
    }
    Escrow current = this;
    List<LedgerTransaction> txs = new ArrayList<>();
    List<PaymentInstruction> instructions = new ArrayList<>();
    List<PayoutExplanation> explained = new ArrayList<>();
    for (EscrowMilestone m : milestones) {
      if (m.state() == EscrowMilestone.State.FUNDED) {
        EscrowOutcome step = current.release(m.id(), SplitContext.none(), at);
        current = step.escrow();
        txs.addAll(step.transactions());
        instructions.addAll(step.instructions());
        explained.addAll(step.explanations());
      }
    }
    Escrow ended = new Escrow(task, budget, budgetAllocation, policy, current.parties, current.mentorTookOver,
        EscrowStatus.COMPLETED, current.milestones, current.funded, current.released, current.refunded,
        current.explanations);
    return new EscrowOutcome(ended, txs, instructions, explained);
  }

  // ---- queries -------------------------------------------------------------------------

  /**
   * The task's id.
   *
   * @return the task
   */
  public String task() {
    return task;
  }

  /**
   * The internship's one currency.
   *
   * @return the budget's currency
   */
  public Currency currency() {
    return budget.currency();
  }

  /**
   * The budget.
   *
   * @return the whole budget, funded or not
   */
  public Money budget() {
    return budget;
  }

  /**
   * The split policy.
   *
   * @return the policy
   */
  public SplitPolicy policy() {
    return policy;
  }

  /**
   * The parties.
   *
   * @return requester, mentor and current intern
   */
  public EscrowParties parties() {
    return parties;
  }

  /**
   * Whether the mentor took over the remaining work.
   *
   * @return {@code true} after {@link #mentorTakeover} until a {@link #replaceIntern}
   */
  public boolean mentorTookOver() {
    return mentorTookOver;
  }

  /**
   * Who is paid the intern's part of the next release.
   *
   * @return the mentor after a takeover, else the current intern, or empty if nobody
   */
  public Optional<String> worker() {
    return mentorTookOver ? Optional.of(parties.mentor()) : Optional.ofNullable(parties.intern());
  }

  /**
   * The status.
   *
   * @return the status
   */
  public EscrowStatus status() {
    return status;
  }

  /**
   * The milestones and where their money is, in plan order.
   *
   * @return an unmodifiable list
   */
  public List<EscrowMilestone> milestones() {
    return milestones;
  }

  /**
   * What escrow holds now: funded minus released minus refunded. Never negative; zero once ended.
   *
   * @return the balance of {@code escrow:TASK}
   */
  public Money balance() {
    return new Money(currency(), funded - released - refunded);
  }

  /**
   * Everything funded so far.
   *
   * @return the total moved in
   */
  public Money funded() {
    return new Money(currency(), funded);
  }

  /**
   * Everything paid out to the platform, the mentor and workers so far.
   *
   * @return the total released
   */
  public Money released() {
    return new Money(currency(), released);
  }

  /**
   * Everything returned to the requester so far.
   *
   * @return the total refunded
   */
  public Money refunded() {
    return new Money(currency(), refunded);
  }

  /**
   * The explanations of every payout so far, in order.
   *
   * @return an unmodifiable list
   */
  public List<PayoutExplanation> explanations() {
    return explanations;
  }

  /**
   * The explanation of one milestone's payout, or of the settlement ({@code "settlement"}).
   *
   * @param milestone the milestone's id
   * @return the explanation, or empty if it was not paid out
   */
  public Optional<PayoutExplanation> explanation(String milestone) {
    return explanations.stream().filter(e -> e.milestone().equals(milestone)).findFirst();
  }

  /**
   * The escrow's ledger account.
   *
   * @return {@code escrow:TASK}
   */
  public AccountId escrowAccount() {
    return AccountId.escrow(task);
  }

  private EscrowMilestone milestone(String id) {
    return milestones.get(indexOf(id));
  }

  private int indexOf(String id) {
    for (int i = 0; i < milestones.size(); i++) {
      if (milestones.get(i).id().equals(id)) {
        return i;
      }
    }
    throw AtelierException.notFound("task " + task + " has no milestone " + id + "; expected one of "
        + milestones.stream().map(EscrowMilestone::id).toList());
  }

  private List<EscrowMilestone> replace(EscrowMilestone changed) {
    List<EscrowMilestone> next = new ArrayList<>(milestones);
    next.set(indexOf(changed.id()), changed);
    return next;
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

  /**
   * Escrows are equal when every part of their state is: task, budget, policy, parties,
   * takeover, status, milestones, totals and explanations.
   *
   * @param other another object
   * @return whether equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Escrow that && task.equals(that.task) && budget.equals(that.budget)
        && policy.equals(that.policy) && parties.equals(that.parties) && mentorTookOver == that.mentorTookOver
        && status == that.status && milestones.equals(that.milestones) && funded == that.funded
        && released == that.released && refunded == that.refunded && explanations.equals(that.explanations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(task, budget, policy, parties, mentorTookOver, status, milestones, funded, released, refunded);
  }

  /**
   * Describes the escrow.
   *
   * @return such as {@code "Escrow[t1, OPEN, balance 700.00 USD, worker int-1]"}
   */
  @Override
  public String toString() {
    return "Escrow[" + task + ", " + status + ", balance " + balance() + ", worker " + worker().orElse("none") + "]";
  }
}
