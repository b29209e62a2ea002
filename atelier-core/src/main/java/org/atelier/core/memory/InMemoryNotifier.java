package org.atelier.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.notify.Notifier;

/**
 * A {@link Notifier} that records every delivery, in order, repeats included: the embedded
 * default, and the way tests and the scenario runner see what people were told.
 *
 * <p>Thread-safe: deliveries are appended under a lock; queries return snapshots.
 *
 * @since 0.1
 */
public final class InMemoryNotifier implements Notifier {
  private final List<Notification> deliveries = new ArrayList<>();

  /** Creates a notifier with no deliveries. */
  public InMemoryNotifier() {}

  @Override
  public synchronized void deliver(Notification notification) {
    deliveries.add(Objects.requireNonNull(notification, "notification"));
  }

  /**
   * Every delivery so far, in delivery order, repeats included.
   *
   * @return a snapshot
   */
  public synchronized List<Notification> deliveries() {
    return List.copyOf(deliveries);
  }

  /**
   * The deliveries to one person, in delivery order.
   *
   * @param recipient the person's id
   * @return a snapshot
   */
  public synchronized List<Notification> deliveriesTo(String recipient) {
    return deliveries.stream().filter(n -> n.recipient().equals(recipient)).toList();
  }
}
