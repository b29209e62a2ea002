package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.EscrowMilestone.State;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;

/**
 * A stateful model check of {@link Escrow}: random sequences of fund, approve, cancel,
 * withdraw, replace, takeover, dispute, settle and complete, invalid steps included, run
 * against the real escrow and ledger and against an independent model of the balances.
 */
class EscrowModelCheckTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String REQ = "req-1";
  private static final String MEN = "men-1";
  private static final String[] INTERNS = {"int-1", "int-2", "int-3"};

  /** The system under test: the real escrow and the ledger its outcomes are recorded in. */
  static final class Books {
    Escrow escrow;
    Ledger ledger;
    int step;
    final List<SortedMap<AccountId, Money>> history = new ArrayList<>();

    Books(Escrow escrow) {
      this.escrow = escrow;
      this.ledger = Ledger.empty(escrow.currency());
    }
  }

  /** The model: what a reader of the issue expects, computed with plain long arithmetic. */
  record Model(EscrowStatus status, List<State> states, @Nullable String intern, boolean tookOver,
      Map<String, Long> balances) {
    Model {
      states = List.copyOf(states);
      Map<String, Long> nonZero = new TreeMap<>();
      balances.forEach((k, v) -> {
        if (v != 0) {
          nonZero.put(k, v);
        }
      });
      balances = nonZero;
    }

    @Nullable String worker() {
      return tookOver ? MEN : intern;
    }
  }

  record Terms(long budget, List<Long> shares, int fee, int mentor, int bonus) {
    List<Money> amounts() {
      return Allocation.largestRemainder(Money.ofMinor(budget, "USD"), shares);
    }

    SplitPolicy policy() {
      FixedSplit fixed = new FixedSplit(fee, mentor);
      return bonus == 0 ? fixed : new OnTimeBonus(fixed, bonus);
    }
  }

  /** One generated step: {@code kind} picks the operation, {@code arg} its argument. */
  record Step(int kind, int arg, Terms terms) implements Command<Books, Model> {
    @Override
    public void run(Books books) {
      Escrow before = books.escrow;
      Ledger ledgerBefore = books.ledger;
      Instant at = T0.plusSeconds(books.step++);
      try {
        EscrowOutcome outcome = apply(before, at);
        for (LedgerTransaction tx : outcome.transactions()) {
          assertThat(tx.postings().stream().mapToLong(p -> p.amount().minorUnits()).sum()).isZero();
        }
        assertMirrors(outcome);
        books.ledger = books.ledger.recordAll(outcome.transactions());
        books.escrow = outcome.escrow();
      } catch (AtelierException refused) {
        assertThat(books.escrow).isSameAs(before);
        assertThat(books.ledger).isSameAs(ledgerBefore);
      }
      Escrow e = books.escrow;
      assertThat(e.balance().isNegative()).as("escrow never negative").isFalse();
      assertThat(e.released().plus(e.refunded()).compareTo(e.funded())).as("never more out than in").isLessThanOrEqualTo(0);
      assertThat(books.ledger.balance(e.escrowAccount())).isEqualTo(e.balance());
      assertThat(books.ledger.balances().values().stream().mapToLong(Money::minorUnits).sum()).isZero();
      if (e.status().isEnded()) {
        assertThat(e.balance().isZero()).as("escrow is zero once ended").isTrue();
      }
      books.history.add(books.ledger.balances());
    }

    private EscrowOutcome apply(Escrow e, Instant at) {
      String milestone = "m" + (arg % terms.shares().size() + 1);
      return switch (kind) {
        case 0 -> e.fund(at);
        case 1 -> e.fundMilestone(milestone, at);
        case 2, 3 -> e.release(milestone, SplitContext.none().withOnTime(arg % 2 == 0).withRevisions(arg % 4), at);
        case 4 -> e.cancel(at);
        case 5 -> e.withdrawIntern();
        case 6 -> e.replaceIntern(INTERNS[arg % INTERNS.length]);
        case 7 -> e.mentorTakeover();
        case 8 -> e.freeze();
        case 9 -> e.settle(arg % 101, at);
        default -> e.complete(at);
      };
    }

    /** Every instruction is one posting pair of a transaction: the ledger and the gateway agree. */
    private static void assertMirrors(EscrowOutcome outcome) {
      Map<String, Long> fromLedger = new TreeMap<>();
      for (LedgerTransaction tx : outcome.transactions()) {
        tx.postings().forEach(p -> fromLedger.merge(p.account().value(), p.amount().minorUnits(), Long::sum));
      }
      Map<String, Long> fromInstructions = new TreeMap<>();
      for (PaymentInstruction i : outcome.instructions()) {
        fromInstructions.merge(i.from(), -i.amount().minorUnits(), Long::sum);
        fromInstructions.merge(i.to(), i.amount().minorUnits(), Long::sum);
      }
      fromLedger.values().removeIf(v -> v == 0);
      fromInstructions.values().removeIf(v -> v == 0);
      assertThat(fromInstructions).isEqualTo(fromLedger);
      assertThat(outcome.instructions()).extracting(PaymentInstruction::idempotencyKey).doesNotHaveDuplicates();
    }

    @Override
    public Model nextState(Model m) {
      int index = arg % terms.shares().size();
      List<Money> amounts = terms.amounts();
      List<State> states = new ArrayList<>(m.states());
      Map<String, Long> b = new HashMap<>(m.balances());
      String escrow = "escrow:t1";
      boolean open = m.status() == EscrowStatus.OPEN;
      boolean ended = m.status().isEnded();
      switch (kind) {
        case 0 -> {
          long sum = 0;
          boolean any = false;
          for (int i = 0; i < states.size(); i++) {
            if (states.get(i) == State.UNFUNDED) {
              sum += amounts.get(i).minorUnits();
              states.set(i, State.FUNDED);
              any = true;
            }
          }
          if (!open || !any) {
            return m;
          }
          move(b, REQ, escrow, sum);
          return new Model(m.status(), states, m.intern(), m.tookOver(), b);
        }
        case 1 -> {
          if (!open || states.get(index) != State.UNFUNDED) {
            return m;
          }
          states.set(index, State.FUNDED);
          move(b, REQ, escrow, amounts.get(index).minorUnits());
          return new Model(m.status(), states, m.intern(), m.tookOver(), b);
        }
        case 2, 3 -> {
          if (!open || states.get(index) != State.FUNDED || m.worker() == null) {
            return m;
          }
          states.set(index, State.RELEASED);
          long amount = amounts.get(index).minorUnits();
          pay(b, escrow, amount, m.worker());
          if (arg % 2 == 0 && terms.bonus() > 0) {
            move(b, REQ, m.worker(), BigInteger.valueOf(amount).multiply(BigInteger.valueOf(terms.bonus()))
                .divide(BigInteger.valueOf(100)).longValueExact());
          }
          return new Model(m.status(), states, m.intern(), m.tookOver(), b);
        }
        case 4 -> {
          if (!open) {
            return m;
          }
          move(b, escrow, REQ, b.getOrDefault(escrow, 0L));
          states.replaceAll(s -> s == State.FUNDED || s == State.UNFUNDED ? State.REFUNDED : s);
          return new Model(EscrowStatus.CANCELLED, states, m.intern(), m.tookOver(), b);
        }
        case 5 -> {
          return ended || m.intern() == null ? m : new Model(m.status(), states, null, m.tookOver(), b);
        }
        case 6 -> {
          String next = INTERNS[arg % INTERNS.length];
          return ended || next.equals(m.intern()) ? m : new Model(m.status(), states, next, false, b);
        }
        case 7 -> {
          return ended || m.tookOver() ? m : new Model(m.status(), states, null, true, b);
        }
        case 8 -> {
          return !open ? m : new Model(EscrowStatus.FROZEN, states, m.intern(), m.tookOver(), b);
        }
        case 9 -> {
          if (m.status() != EscrowStatus.FROZEN) {
            return m;
          }
          int p = arg % 101;
          long held = b.getOrDefault(escrow, 0L);
          long[] halves = Allocation.largestRemainder(held, new long[] {p, 100 - p});
          move(b, escrow, REQ, halves[0]);
          pay(b, escrow, halves[1], m.worker() == null ? REQ : m.worker());
          states.replaceAll(s -> s == State.FUNDED ? State.SETTLED : s == State.UNFUNDED ? State.REFUNDED : s);
          return new Model(EscrowStatus.SETTLED, states, m.intern(), m.tookOver(), b);
        }
        default -> {
          boolean held = states.contains(State.FUNDED);
          if (!open || states.contains(State.UNFUNDED) || (held && m.worker() == null)) {
            return m;
          }
          for (int i = 0; i < states.size(); i++) {
            if (states.get(i) == State.FUNDED) {
              pay(b, escrow, amounts.get(i).minorUnits(), m.worker());
              states.set(i, State.RELEASED);
            }
          }
          return new Model(EscrowStatus.COMPLETED, states, m.intern(), m.tookOver(), b);
        }
      }
    }

    /** Splits {@code amount} out of escrow by [fee, mentor, rest] with largest remainder. */
    private void pay(Map<String, Long> b, String escrow, long amount, @Nullable String worker) {
      long[] parts = Allocation.largestRemainder(amount,
          new long[] {terms.fee(), terms.mentor(), 100 - terms.fee() - terms.mentor()});
      move(b, escrow, "platform", parts[0]);
      move(b, escrow, MEN, parts[1]);
      move(b, escrow, worker == null ? REQ : worker, parts[2]);
    }

    private static void move(Map<String, Long> b, String from, String to, long amount) {
      b.merge(from, -amount, Long::sum);
      b.merge(to, amount, Long::sum);
    }

    @Override
    public String toString() {
      String[] names = {"fund", "fundMilestone", "approve", "approve", "cancel", "withdraw", "replace", "takeover",
          "dispute", "settle", "complete"};
      return names[kind] + "(" + arg + ")";
    }
  }

  static Model observe(Books books) {
    Map<String, Long> balances = new TreeMap<>();
    books.ledger.balances().forEach((k, v) -> balances.put(k.value(), v.minorUnits()));
    return new Model(books.escrow.status(),
        books.escrow.milestones().stream().map(EscrowMilestone::state).toList(),
        books.escrow.parties().intern(), books.escrow.mentorTookOver(), balances);
  }

  static Gen<Terms> terms() {
    Gen<List<Long>> shares = lists().of(longs().between(0, 9)).ofSizeBetween(1, 4)
        .map(list -> {
          List<Long> fixed = new ArrayList<>(list);
          fixed.set(0, fixed.get(0) + 1);
          return fixed;
        });
    return longs().between(1, 1_000_000_000_000L).zip(shares, integers().between(0, 50), integers().between(0, 50),
        (budget, s, fee, mentor) -> new Terms(budget, s, fee, mentor, (int) (budget % 3 == 0 ? budget % 11 : 0)));
  }

  static Gen<List<Integer>> steps() {
    return lists().of(integers().between(0, 10 * 1000 - 1)).ofSizeBetween(0, 30);
  }

  @Test
  void anySequenceOfOperations_keepsEveryInvariantAndEndsWithEmptyEscrow() {
    qt().withExamples(250).forAll(terms(), steps(), integers().between(0, 100)).checkAssert((terms, raw, ending) -> {
      List<Step> commands = new ArrayList<>();
      for (int r : raw) {
        commands.add(new Step(r % 11, r / 11, terms));
      }
      // End every internship: settle if frozen (the model refuses the other), else cancel.
      commands.add(new Step(9, ending, terms));
      commands.add(new Step(4, 0, terms));
      Escrow start = Escrow.open("t1", Money.ofMinor(terms.budget(), "USD"), milestones(terms), terms.policy(),
          new EscrowParties(REQ, MEN, INTERNS[0]));
      Books books = new Books(start);
      Model initial = new Model(EscrowStatus.OPEN,
          terms.shares().stream().map(s -> State.UNFUNDED).toList(), INTERNS[0], false, Map.of());
      Sequential.modelCheck(initial, commands, model -> books, EscrowModelCheckTest::observe);
      assertThat(books.escrow.status().isEnded()).isTrue();
      assertThat(books.escrow.balance().isZero()).isTrue();
      assertThat(books.ledger.balance(AccountId.escrow("t1")).isZero()).isTrue();
      assertReplayMatchesHistory(books);
    });
  }

  /** Rebuilding the ledger from its transactions gives the same balances, also at every point in history. */
  private static void assertReplayMatchesHistory(Books books) {
    Ledger replayed = Ledger.replay(books.ledger.currency(), books.ledger.transactions());
    assertThat(replayed.balances()).isEqualTo(books.ledger.balances());
    for (int step = 0; step < books.history.size(); step++) {
      assertThat(replayed.balancesAt(T0.plusSeconds(step))).as("balances after step %d", step)
          .isEqualTo(books.history.get(step));
    }
  }

  private static List<PlannedMilestone> milestones(Terms terms) {
    List<PlannedMilestone> list = new ArrayList<>();
    for (int i = 0; i < terms.shares().size(); i++) {
      list.add(new PlannedMilestone("m" + (i + 1), terms.shares().get(i)));
    }
    return list;
  }
}
