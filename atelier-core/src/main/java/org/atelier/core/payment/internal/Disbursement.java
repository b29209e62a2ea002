package org.atelier.core.payment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.core.payment.AccountId;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.PayoutPurpose;
import org.atelier.core.payment.Posting;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;

/**
 * The one place where a movement of money becomes ledger postings and the payment
 * instructions that mirror them, so that the ledger and the gateway always describe the
 * same movements: every {@link #pay} debits the source and credits the payee by the same
 * amount (so the transaction balances by construction) and adds one instruction keyed by
 * its {@link PayoutKey}. Both the payment model ({@code Escrow}) and the workflow build
 * their movements here.
 *
 * <p>A disbursement concerns one task and one milestone (or {@link PayoutKey#WHOLE_ESCROW})
 * and has one source account: the escrow for payouts and refunds, the requester for funding
 * and bonuses. Its transaction id is {@code TASK/MILESTONE/OPERATION}, encoded like the keys.
 * Not thread-safe; it lives for one operation.
 */
public final class Disbursement {
  private final String task;
  private final String milestone;
  private final String from;
  private final List<Posting> credits = new ArrayList<>();
  private final List<PaymentInstruction> instructions = new ArrayList<>();

  /**
   * Starts an empty disbursement.
   *
   * @param task the task's id
   * @param milestone the milestone's id, or {@link PayoutKey#WHOLE_ESCROW} for a movement of the whole escrow
   * @param from the source account, such as {@code escrow:t1} or the requester
   */
  public Disbursement(String task, String milestone, String from) {
    this.task = task;
    this.milestone = milestone;
    this.from = from;
  }

  /**
   * Moves {@code amount} from the source to {@code to}, with the standard memo
   * ({@code "t1/m1 intern share"}, or {@code "t1 refund"} for the whole escrow). Zero moves nothing.
   *
   * @param to the payee's account
   * @param amount the amount, not negative
   * @param purpose why it moves; with {@link PayoutPurpose#FUNDING} the key names the source, else the payee
   * @param kind the instruction's kind
   * @return this disbursement
   */
  public Disbursement pay(String to, Money amount, PayoutPurpose purpose, PaymentKind kind) {
    return pay(to, amount, purpose, kind, label() + " " + purpose.label().replace('-', ' '));
  }

  /**
   * Moves {@code amount} from the source to {@code to}, with the given memo on its
   * instruction. Zero moves nothing.
   *
   * @param to the payee's account
   * @param amount the amount, not negative
   * @param purpose why it moves; with {@link PayoutPurpose#FUNDING} the key names the source, else the payee
   * @param kind the instruction's kind
   * @param memo the instruction's memo
   * @return this disbursement
   */
  public Disbursement pay(String to, Money amount, PayoutPurpose purpose, PaymentKind kind, String memo) {
    if (amount.isZero()) {
      return this;
    }
    credits.add(new Posting(AccountId.of(to), amount));
    String party = purpose == PayoutPurpose.FUNDING ? from : to;
    instructions.add(new PaymentInstruction(new PayoutKey(task, milestone, party, purpose).value(), kind, from, to,
        amount, task, memo));
    return this;
  }

  /**
   * How memos name what moves: the task for the whole escrow, else {@code TASK/MILESTONE}.
   *
   * @return such as {@code "t1/m1"} or {@code "t1"}
   */
  public String label() {
    return PayoutKey.WHOLE_ESCROW.equals(milestone) ? task : task + "/" + milestone;
  }

  /**
   * The instructions, one per non-zero payment, in the order paid.
   *
   * @return an unmodifiable copy
   */
  public List<PaymentInstruction> instructions() {
    return List.copyOf(instructions);
  }

  /**
   * Whether nothing moves.
   *
   * @return {@code true} if every payment was zero
   */
  public boolean isEmpty() {
    return credits.isEmpty();
  }

  /**
   * The transaction: the source's debit as one posting, then the credits in the order paid
   * (a payee paid twice has two postings).
   *
   * @param operation the last part of the id, such as {@code release}
   * @param at when
   * @param memo the transaction's memo
   * @return the balanced transaction
   * @throws IllegalStateException if nothing moves
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if the debit overflows
   */
  public LedgerTransaction transaction(String operation, Instant at, String memo) {
    return transaction(operation, at, memo, credits);
  }

  /**
   * The transaction: the source's debit as one posting, then one credit per payee, in the
   * payees' account order.
   *
   * @param operation the last part of the id, such as {@code release}
   * @param at when
   * @param memo the transaction's memo
   * @return the balanced transaction
   * @throws IllegalStateException if nothing moves
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if a sum overflows
   */
  public LedgerTransaction transactionByAccount(String operation, Instant at, String memo) {
    Map<String, Money> byAccount = new TreeMap<>();
    for (Posting credit : credits) {
      byAccount.merge(credit.account().value(), credit.amount(), (a, b) -> Exact.plus(a, b, "transaction"));
    }
    List<Posting> merged = new ArrayList<>();
    byAccount.forEach((account, amount) -> merged.add(new Posting(AccountId.of(account), amount)));
    return transaction(operation, at, memo, merged);
  }

  private LedgerTransaction transaction(String operation, Instant at, String memo, List<Posting> lines) {
    if (lines.isEmpty()) {
      throw new IllegalStateException("disbursement " + label() + " " + operation + " moves nothing");
    }
    Money out = Money.zero(lines.get(0).amount().currency());
    for (Posting credit : lines) {
      out = Exact.plus(out, credit.amount(), "transaction");
    }
    List<Posting> postings = new ArrayList<>();
    postings.add(new Posting(AccountId.of(from), out.negate()));
    postings.addAll(lines);
    String id = KeyComponent.encode(task) + "/" + KeyComponent.milestone(milestone) + "/" + operation;
    return new LedgerTransaction(id, at, task, memo, postings);
  }
}
