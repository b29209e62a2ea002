package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventStoreContract} cases on reading: a stream in version order with data and
 * metadata intact, and the global order and its paging (each event exactly once, strictly
 * increasing positions, later appends after the end, positions beyond {@code int}).
 *
 * <p>Package-private and mixed into {@link EventStoreContract} only, so {@link #kit()} may
 * cast: JUnit runs these default methods on each subclass of the contract.
 */
interface ReadContract {

  @Test
  default void readAll_beyondIntPositions_isEmptyAndDoesNotWrapAround() {
    EventStoreContract kit = kit();
    kit.prepare("s", StreamState.THREE_EVENTS);

    EventPage wrapped = kit.store.readAll((1L << 32) + 1, 10);
    EventPage last = kit.store.readAll(Long.MAX_VALUE, 1);
    EventPage everything = kit.store.readAll(1, Integer.MAX_VALUE);

    assertThat(wrapped.events()).as("readAll(2^32 + 1) must not return position 1").isEmpty();
    assertThat(wrapped.endReached()).isTrue();
    assertThat(last.events()).isEmpty();
    assertThat(last.endReached()).isTrue();
    assertThat(everything.events()).hasSize(3);
    assertThat(everything.endReached()).isTrue();
  }

  @Test
  default void readStream_returnsTheEventsInVersionOrderExactlyAsAppended() {
    EventStoreContract kit = kit();
    List<EventData> batch = List.of(kit.event("a"), kit.event("b"), kit.event("c"));
    kit.store.append(kit.id("s"), ExpectedVersion.noStream(), batch);

    List<StoredEvent> read = kit.store.readStream(kit.id("s"));

    assertThat(read).extracting(StoredEvent::data).containsExactlyElementsOf(batch);
    assertThat(read).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(read).extracting(StoredEvent::streamId).containsOnly(kit.id("s"));
    assertThat(read.get(0).data().payload()).isEqualTo(batch.get(0).payload());
    assertThat(read.get(0).data().metadata()).isEqualTo(batch.get(0).metadata());
    assertThat(kit.store.readStream(kit.id("absent"))).isEmpty();
    assertThat(kit.store.streamVersion(kit.id("absent"))).isEqualTo(-1);
  }

  @Test
  default void readAll_seesEveryEventOnceInCommitOrder_acrossPages() {
    EventStoreContract kit = kit();
    List<String> committed = new ArrayList<>();
    String[] streams = {kit.id("p"), kit.id("q"), kit.id("r")};
    for (int i = 0; i < 10; i++) {
      String stream = streams[i % 3];
      String eventId = "e" + i;
      kit.store.append(stream, ExpectedVersion.any(), List.of(kit.event(eventId)));
      committed.add(kit.eventId(eventId));
    }

    List<StoredEvent> seen = new ArrayList<>();
    long from = 1;
    int pages = 0;
    while (true) {
      EventPage page = kit.store.readAll(from, 3);
      assertThat(page.events()).hasSizeLessThanOrEqualTo(3);
      seen.addAll(page.events());
      pages++;
      if (!page.events().isEmpty()) {
        assertThat(page.nextPosition()).isGreaterThan(page.events().get(page.events().size() - 1).position());
      }
      from = page.nextPosition();
      if (page.endReached()) {
        break;
      }
      assertThat(pages).as("paging must end").isLessThan(20);
    }

    assertThat(seen).extracting(e -> e.data().eventId()).containsExactlyElementsOf(committed);
    assertThat(seen).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(pages).isGreaterThanOrEqualTo(4);
    assertThat(kit.store.readAll(from, 3).events()).isEmpty();

    kit.store.append(kit.id("p"), ExpectedVersion.any(), List.of(kit.event("late")));
    EventPage late = kit.store.readAll(from, 3);
    assertThat(late.events()).extracting(e -> e.data().eventId()).containsExactly(kit.eventId("late"));
    assertThat(late.events().get(0).position()).isGreaterThan(seen.get(seen.size() - 1).position());
  }

  private EventStoreContract kit() {
    return (EventStoreContract) this;
  }
}
