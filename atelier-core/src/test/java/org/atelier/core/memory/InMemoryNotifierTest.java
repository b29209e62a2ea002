package org.atelier.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.atelier.spi.notify.Notification;
import org.junit.jupiter.api.Test;

class InMemoryNotifierTest {
  @Test
  void deliveries_areRecordedInOrderWithRepeats_andFilteredByRecipient() {
    InMemoryNotifier notifier = new InMemoryNotifier();
    Notification toAnn = note("d1", "ann");
    Notification toBob = note("d2", "bob");

    notifier.deliver(toAnn);
    notifier.deliver(toBob);
    notifier.deliver(toAnn);

    assertThat(notifier.deliveries()).containsExactly(toAnn, toBob, toAnn);
    assertThat(notifier.deliveriesTo("ann")).containsExactly(toAnn, toAnn);
    assertThat(notifier.deliveriesTo("cy")).isEmpty();
  }

  private static Notification note(String key, String recipient) {
    return new Notification(key, recipient, "HELP_ANSWERED", "t1", Map.of(), Instant.parse("2026-03-02T09:00:00Z"));
  }
}
