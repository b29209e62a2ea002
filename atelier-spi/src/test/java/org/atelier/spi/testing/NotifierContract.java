package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.notify.Notifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Notifier}: at-least-once delivery with the dedupe key kept.
 * Extend it, implement {@link #newNotifier()} and {@link #received}, the notifications as
 * the receiving side got them (an inbox, a webhook test server):
 *
 * <pre>{@code
 * class WebhookNotifierTest extends NotifierContract {
 *   protected Notifier newNotifier() { return new WebhookNotifier(server.url()); }
 *   protected List<Notification> received(Notifier notifier) { return server.parsedRequests(); }
 * }
 * }</pre>
 *
 * <p>It proves: a delivered notification arrives with every field, its dedupe key
 * included; a repeat (Atelier delivers at least once) is accepted and arrives with the same
 * dedupe key, so the host can drop it; deliveries from 8 threads at once all arrive.
 *
 * @since 0.1
 */
public abstract class NotifierContract {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  /** The notifier under test, fresh for each test. */
  protected Notifier notifier;

  /** Creates the contract; subclasses supply the factory. */
  protected NotifierContract() {}

  /**
   * A fresh notifier whose receiving side has received nothing.
   *
   * @return the notifier under test
   */
  protected abstract Notifier newNotifier();

  /**
   * What the receiving side got so far, repeats included, in any order.
   *
   * @param notifier the notifier under test
   * @return the notifications received
   */
  protected abstract List<Notification> received(Notifier notifier);

  /** Creates the notifier under test. */
  @BeforeEach
  void createNotifier() {
    notifier = newNotifier();
  }

  @Test
  void deliver_arrivesWithEveryFieldAndItsDedupeKey() {
    Notification note = notification("n1", Map.of("milestone", "m1", "title", "Parser — first cut"));

    notifier.deliver(note);

    assertThat(received(notifier)).containsExactly(note);
  }

  @Test
  void deliver_withoutParameters_arrivesIntact() {
    Notification note = notification("n2", Map.of());

    notifier.deliver(note);

    assertThat(received(notifier)).containsExactly(note);
  }

  @Test
  void repeatedDelivery_isAccepted_andEveryCopyKeepsTheDedupeKey() {
    Notification note = notification("n3", Map.of("milestone", "m2"));

    notifier.deliver(note);
    notifier.deliver(note);

    List<Notification> copies = received(notifier).stream().filter(n -> n.dedupeKey().equals(note.dedupeKey())).toList();
    assertThat(copies).isNotEmpty().containsOnly(note);
  }

  @Test
  void concurrentDeliveries_allArrive() throws Exception {
    int threads = 8;
    int perThread = 5;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Void>> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      senders.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < perThread; i++) {
          notifier.deliver(notification("c" + thread + "-" + i, Map.of("i", Integer.toString(i))));
        }
        return null;
      });
    }
    Concurrently.run(senders);

    List<String> expected = IntStream.range(0, threads).boxed()
        .flatMap(t -> IntStream.range(0, perThread).mapToObj(i -> "contract-c" + t + "-" + i)).toList();
    assertThat(received(notifier)).extracting(Notification::dedupeKey).containsAll(expected);
  }

  /**
   * The notification the kit sends for a short name. Override to use recipients the
   * receiving side accepts.
   *
   * @param name the name, which gives the dedupe key
   * @param parameters the template parameters
   * @return the notification
   */
  protected Notification notification(String name, Map<String, String> parameters) {
    return new Notification("contract-" + name, "contract-recipient", "MILESTONE_SUBMITTED", "contract-task",
        parameters, AT);
  }
}
