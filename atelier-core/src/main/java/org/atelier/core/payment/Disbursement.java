package org.atelier.core.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;

/**
 * Collects one operation's postings and the instructions that mirror them, so the ledger
 * and the gateway always describe the same movements. Not thread-safe; lives for one call.
 */
final class Disbursement {
  private final String task;
  private final String milestone;
  private final String from;
  private final List<Posting> postings = new ArrayList<>();
  private final List<PaymentInstruction> instructions = new ArrayList<>();

  Disbursement(String task, String milestone, String from) {
    this.task = task;
    this.milestone = milestone;
    this.from = from;
  }

  /** Moves {@code amount} from this disbursement's source to {@code to}; zero moves nothing. */
  Disbursement pay(String to, Money amount, PayoutPurpose purpose, PaymentKind kind) {
    if (amount.isZero()) {
      return this;
    }
    postings.add(new Posting(AccountId.of(from), amount.negate()));
    postings.add(new Posting(AccountId.of(to), amount));
    String party = purpose == PayoutPurpose.FUNDING ? from : to;
    String label = PayoutKey.WHOLE_ESCROW.equals(milestone) ? task : task + "/" + milestone;
    instructions.add(new PaymentInstruction(new PayoutKey(task, milestone, party, purpose).value(), kind, from, to,
        amount, task, label + " " + purpose.label().replace('-', ' ')));
    return this;
  }

  List<PaymentInstruction> instructions() {
    return List.copyOf(instructions);
  }

  boolean isEmpty() {
    return postings.isEmpty();
  }

  /**
   * The transaction, with the source's debits merged into one posting first.
   */
  LedgerTransaction transaction(String operation, Instant at, String memo) {
    Money out = Money.zero(postings.get(0).amount().currency());
    List<Posting> credits = new ArrayList<>();
    for (Posting posting : postings) {
      if (posting.account().value().equals(from) && posting.amount().isNegative()) {
        out = Exact.plus(out, posting.amount(), "transaction");
      } else {
        credits.add(posting);
      }
    }
    List<Posting> merged = new ArrayList<>();
    merged.add(new Posting(AccountId.of(from), out));
    merged.addAll(credits);
    String id = PayoutKey.encode(task) + "/" + (PayoutKey.WHOLE_ESCROW.equals(milestone)
        ? PayoutKey.WHOLE_ESCROW : PayoutKey.encode(milestone)) + "/" + operation;
    return new LedgerTransaction(id, at, task, memo, merged);
  }
}
