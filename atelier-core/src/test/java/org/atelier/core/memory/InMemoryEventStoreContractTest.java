package org.atelier.core.memory;

import org.atelier.spi.store.EventStore;
import org.atelier.spi.testing.EventStoreContract;

class InMemoryEventStoreContractTest extends EventStoreContract {
  @Override
  protected EventStore newStore() {
    return new InMemoryEventStore();
  }
}
