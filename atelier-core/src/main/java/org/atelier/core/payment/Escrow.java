package org.atelier.core.payment;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.internal.EscrowState;
import org.atelier.core.payment.internal.EscrowStep;
import org.atelier.spi.Money;
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
  private final EscrowState state;

  private Escrow(EscrowState state) {
    this.state = state;
  }

  private static EscrowOutcome outcome(EscrowStep step) {
    return new EscrowOutcome(new Escrow(step.state()), step.transactions(), step.instructions(), step.explanations());
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
    return new Escrow(EscrowState.open(task, budget, milestones, policy, parties));
  }

  /**
   * Funds every milestone not yet funded, in one movement from the requester.
   *
   * @param at when
   * @return the outcome: one {@code FUND_ESCROW} instruction and its transaction
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the escrow is frozen, ended or already fully funded
   */
  public EscrowOutcome fund(Instant at) {
    return outcome(state.fund(at));
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
    return outcome(state.fundMilestone(milestone, at));
  }

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
    return outcome(state.release(milestone, context, at));
  }

  /**
   * Assigns the first intern, when the escrow was opened without one.
   *
   * @param intern the intern's id
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if an intern is already assigned or
   *     the escrow ended; {@code VALIDATION} if the id is not a distinct party
   */
  public EscrowOutcome assignIntern(String intern) {
    return outcome(state.changeWorkers("assign intern " + intern, w -> w.assign(task(), intern)));
  }

  /**
   * The intern leaves: what was released to them stays theirs, and the rest waits in escrow
   * for a replacement or a takeover. No money moves.
   *
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if there is no intern or the escrow ended
   */
  public EscrowOutcome withdrawIntern() {
    return outcome(state.changeWorkers("withdraw the intern", w -> w.withdraw(task())));
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
    return outcome(state.changeWorkers("replace the intern", w -> w.replace(task(), intern)));
  }

  /**
   * The mentor finishes the remaining milestones and earns the intern's part of each one
   * released from now on. The intern, if any, leaves with what was released to them.
   *
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the mentor already took over or the escrow ended
   */
  public EscrowOutcome mentorTakeover() {
    return outcome(state.changeWorkers("mentor takeover", w -> w.takeover(task())));
  }

  /**
   * Ends by cancellation: released milestones stay paid, the unearned rest held in escrow
   * goes back to the requester, and unfunded milestones are dropped.
   *
   * @param at when
   * @return the outcome: a {@code REFUND} instruction and its transaction if anything was held
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if frozen (settle instead) or ended
   */
  public EscrowOutcome cancel(Instant at) {
    return outcome(state.cancel(at));
  }

  /**
   * Freezes the escrow during a dispute: nothing moves until the platform settles.
   *
   * @return the outcome; no money moves
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if already frozen or ended
   */
  public EscrowOutcome freeze() {
    return outcome(state.freeze());
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
    return outcome(state.settle(toRequesterPercent, at));
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
    return outcome(state.complete(at));
  }

  /**
   * The task's id.
   *
   * @return the task
   */
  public String task() {
    return state.task();
  }

  /**
   * The internship's one currency.
   *
   * @return the budget's currency
   */
  public Currency currency() {
    return state.budget().currency();
  }

  /**
   * The budget.
   *
   * @return the whole budget, funded or not
   */
  public Money budget() {
    return state.budget();
  }

  /**
   * The split policy.
   *
   * @return the policy
   */
  public SplitPolicy policy() {
    return state.policy();
  }

  /**
   * The parties.
   *
   * @return requester, mentor and current intern
   */
  public EscrowParties parties() {
    return state.workers().parties();
  }

  /**
   * Whether the mentor took over the remaining work.
   *
   * @return {@code true} after {@link #mentorTakeover} until a {@link #replaceIntern}
   */
  public boolean mentorTookOver() {
    return state.workers().mentorTookOver();
  }

  /**
   * Who is paid the intern's part of the next release.
   *
   * @return the mentor after a takeover, else the current intern, or empty if nobody
   */
  public Optional<String> worker() {
    return state.workers().worker();
  }

  /**
   * The status.
   *
   * @return the status
   */
  public EscrowStatus status() {
    return state.status();
  }

  /**
   * The milestones and where their money is, in plan order.
   *
   * @return an unmodifiable list
   */
  public List<EscrowMilestone> milestones() {
    return state.milestones().list();
  }

  /**
   * What escrow holds now: funded minus released minus refunded. Never negative; zero once ended.
   *
   * @return the balance of {@code escrow:TASK}
   */
  public Money balance() {
    return new Money(currency(), state.totals().held());
  }

  /**
   * Everything funded so far.
   *
   * @return the total moved in
   */
  public Money funded() {
    return new Money(currency(), state.totals().funded());
  }

  /**
   * Everything paid out to the platform, the mentor and workers so far.
   *
   * @return the total released
   */
  public Money released() {
    return new Money(currency(), state.totals().released());
  }

  /**
   * Everything returned to the requester so far.
   *
   * @return the total refunded
   */
  public Money refunded() {
    return new Money(currency(), state.totals().refunded());
  }

  /**
   * The explanations of every payout so far, in order.
   *
   * @return an unmodifiable list
   */
  public List<PayoutExplanation> explanations() {
    return state.explanations();
  }

  /**
   * The explanation of one milestone's payout, or of the settlement ({@code "settlement"}).
   *
   * @param milestone the milestone's id
   * @return the explanation, or empty if it was not paid out
   */
  public Optional<PayoutExplanation> explanation(String milestone) {
    return explanations().stream().filter(e -> e.milestone().equals(milestone)).findFirst();
  }

  /**
   * The escrow's ledger account.
   *
   * @return {@code escrow:TASK}
   */
  public AccountId escrowAccount() {
    return AccountId.escrow(task());
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
    return other instanceof Escrow that && task().equals(that.task()) && budget().equals(that.budget())
        && policy().equals(that.policy()) && state.workers().equals(that.state.workers()) && status() == that.status()
        && milestones().equals(that.milestones()) && state.totals().equals(that.state.totals())
        && explanations().equals(that.explanations());
  }

  @Override
  public int hashCode() {
    return Objects.hash(task(), budget(), policy(), parties(), mentorTookOver(), status(), milestones(),
        state.totals().funded(), state.totals().released(), state.totals().refunded());
  }

  /**
   * Describes the escrow.
   *
   * @return such as {@code "Escrow[t1, OPEN, balance 700.00 USD, worker int-1]"}
   */
  @Override
  public String toString() {
    return "Escrow[" + task() + ", " + status() + ", balance " + balance() + ", worker " + worker().orElse("none") + "]";
  }
}
