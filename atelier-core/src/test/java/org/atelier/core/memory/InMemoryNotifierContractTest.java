package org.atelier.core.memory;

import java.util.List;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.testing.NotifierContract;

class InMemoryNotifierContractTest extends NotifierContract {
  @Override
  protected Notifier newNotifier() {
    return new InMemoryNotifier();
  }

  @Override
  protected List<Notification> received(Notifier notifier) {
    return ((InMemoryNotifier) notifier).deliveries();
  }
}
