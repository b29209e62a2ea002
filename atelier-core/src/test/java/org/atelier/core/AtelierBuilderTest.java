package org.atelier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.atelier.core.internal.discovery.ServiceSource;
import org.atelier.core.memory.InMemoryEventStore;
import org.atelier.core.memory.InMemoryNotifier;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.core.memory.InMemoryWorkerDirectory;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.store.EventStore;
import org.junit.jupiter.api.Test;

class AtelierBuilderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void setters_refuseAValueSetTwice() {
    assertThatThrownBy(() -> Atelier.newBuilder().clock(CLOCK).clock(CLOCK))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock was already set");
    assertThatThrownBy(() -> Atelier.newBuilder().eventStore(new InMemoryEventStore()).eventStore(new InMemoryEventStore()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("eventStore");
    assertThatThrownBy(() -> Atelier.newBuilder().paymentGateway(new InMemoryPaymentGateway())
        .paymentGateway(new InMemoryPaymentGateway())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Atelier.newBuilder().notifier(new InMemoryNotifier()).notifier(new InMemoryNotifier()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Atelier.newBuilder().workerDirectory(new InMemoryWorkerDirectory())
        .workerDirectory(new InMemoryWorkerDirectory())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Atelier.newBuilder().dispatchExecutor(Runnable::run).dispatchExecutor(Runnable::run))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Atelier.newBuilder().maxCommandRetries(1).maxCommandRetries(2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already set to 1");
    assertThatThrownBy(() -> Atelier.newBuilder().embeddedDefaults().embeddedDefaults())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void setters_refuseBadValuesAtOnce() {
    assertThatThrownBy(() -> Atelier.newBuilder().maxCommandRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 100, got -1");
    assertThatThrownBy(() -> Atelier.newBuilder().maxCommandRetries(101)).isInstanceOf(IllegalArgumentException.class);
    Clock noClock = null;
    EventStore noStore = null;
    assertThatThrownBy(() -> Atelier.newBuilder().clock(noClock)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Atelier.newBuilder().eventStore(noStore)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void build_twice_isRefused() {
    AtelierBuilder builder = Atelier.newBuilder().embeddedDefaults();
    builder.build();
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("built");
  }

  @Test
  void inMemory_usesTheEmbeddedDefaultsAndTheGivenClock() {
    Atelier atelier = Atelier.inMemory(CLOCK);

    assertThat(atelier.clock()).isSameAs(CLOCK);
    assertThat(atelier.eventStore()).isInstanceOf(InMemoryEventStore.class);
    assertThat(atelier.paymentGateway()).isInstanceOf(InMemoryPaymentGateway.class);
    assertThat(atelier.notifier()).isInstanceOf(InMemoryNotifier.class);
    assertThat(atelier.workerDirectory()).containsInstanceOf(InMemoryWorkerDirectory.class);
  }

  @Test
  void explicitChoice_winsOverEmbeddedDefaultsAndDiscovery() {
    InMemoryEventStore store = new InMemoryEventStore();
    Atelier embedded = Atelier.newBuilder().eventStore(store).embeddedDefaults().build();
    assertThat(embedded.eventStore()).isSameAs(store);

    InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    Atelier discovered = Atelier.newBuilder().eventStore(store).paymentGateway(gateway)
        .serviceSource(source(Map.of(EventStore.class, List.of(new InMemoryEventStore(), new InMemoryEventStore()),
            PaymentGateway.class, List.of(new InMemoryPaymentGateway()))))
        .build();
    assertThat(discovered.eventStore()).isSameAs(store);
    assertThat(discovered.paymentGateway()).isSameAs(gateway);
  }

  @Test
  void build_withoutAnEventStore_failsNamingTheMissingSpi() {
    assertThatThrownBy(() -> Atelier.newBuilder().paymentGateway(new InMemoryPaymentGateway()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no EventStore is configured")
        .hasMessageContaining("org.atelier.spi.store.EventStore")
        .hasMessageContaining("embeddedDefaults()");
  }

  @Test
  void build_withoutAPaymentGateway_failsNamingTheMissingSpi() {
    assertThatThrownBy(() -> Atelier.newBuilder().eventStore(new InMemoryEventStore()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no PaymentGateway is configured")
        .hasMessageContaining("org.atelier.spi.payment.PaymentGateway");
  }

  @Test
  void build_withSeveralStoreProviders_isAnError() {
    InMemoryEventStore one = new InMemoryEventStore();
    AtelierBuilder builder = Atelier.newBuilder().paymentGateway(new InMemoryPaymentGateway())
        .serviceSource(source(Map.of(EventStore.class, List.of(one, new InMemoryEventStore()))));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("found 2 providers of org.atelier.spi.store.EventStore")
        .hasMessageContaining("will not guess");
  }

  @Test
  void build_withSeveralGatewayProviders_isAnError() {
    AtelierBuilder builder = Atelier.newBuilder().eventStore(new InMemoryEventStore())
        .serviceSource(source(Map.of(PaymentGateway.class, List.of(new InMemoryPaymentGateway(), new InMemoryPaymentGateway()))));
    assertThatThrownBy(builder::build).hasMessageContaining("found 2 providers of org.atelier.spi.payment.PaymentGateway");
  }

  @Test
  void build_discoversSingleProviders_andFallsBackToALoggingNotifier() {
    InMemoryEventStore store = new InMemoryEventStore();
    InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    Atelier atelier = Atelier.newBuilder()
        .serviceSource(source(Map.of(EventStore.class, List.of(store), PaymentGateway.class, List.of(gateway))))
        .build();

    assertThat(atelier.eventStore()).isSameAs(store);
    assertThat(atelier.paymentGateway()).isSameAs(gateway);
    assertThat(atelier.notifier()).isNotInstanceOf(InMemoryNotifier.class).isInstanceOf(Notifier.class);
    assertThat(atelier.workerDirectory()).isEmpty();
  }

  private static ServiceSource source(Map<Class<?>, List<?>> providers) {
    return new ServiceSource() {
      @Override
      public <T> List<T> providers(Class<T> spi) {
        return providers.getOrDefault(spi, List.of()).stream().map(spi::cast).toList();
      }
    };
  }
}
