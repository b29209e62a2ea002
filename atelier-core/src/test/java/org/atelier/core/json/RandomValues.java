package org.atelier.core.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.atelier.core.internal.engine.CommandContext;
import org.atelier.core.internal.outbox.OutboxOutcome;
import org.atelier.core.outbox.DispatchReport;
import org.atelier.core.outbox.NotificationState;
import org.atelier.core.outbox.OutboxNotification;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.outbox.PayoutState;
import org.atelier.spi.Money;
import org.atelier.spi.directory.WorkerProfile;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.atelier.spi.payment.PaymentResult;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventMetadata;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;

/**
 * Random instances of every public value and event the engine owns, from a seeded
 * {@link Random}, for the JSON round-trip property. Each entry names the type a reader
 * asks for (the sealed interface for polymorphic values).
 */
final class RandomValues {
  private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .filter(c -> c.getDefaultFractionDigits() >= 0)
      .sorted(Comparator.comparing(Currency::getCurrencyCode))
      .toList();
  private static final String ALPHABET = "abcXYZ019 -_:/\"\\\u00e9\u4e2d\ud83d\ude00\n\t";

  /** A generator and the type it is read back as. */
  record Kind(String name, Class<?> readAs, Function<Random, Object> generate) {}

  static final List<Kind> KINDS = List.of(
      new Kind("Money", Money.class, RandomValues::money),
      new Kind("Instant", Instant.class, RandomValues::instant),
      new Kind("Duration", Duration.class, r -> Duration.ofSeconds(r.nextLong() >> 4, r.nextInt(1_000_000_000))),
      new Kind("EventMetadata", EventMetadata.class, RandomValues::metadata),
      new Kind("EventData", EventData.class, RandomValues::eventData),
      new Kind("StoredEvent", StoredEvent.class, RandomValues::storedEvent),
      new Kind("EventPage", EventPage.class, r -> new EventPage(list(r, RandomValues::storedEvent), positive(r), r.nextBoolean())),
      new Kind("AppendResult", AppendResult.class, r -> new AppendResult(r.nextLong(), r.nextLong(), r.nextBoolean())),
      new Kind("ExpectedVersion", ExpectedVersion.class, RandomValues::expectedVersion),
      new Kind("PaymentInstruction", PaymentInstruction.class, RandomValues::instruction),
      new Kind("PaymentResult", PaymentResult.class, RandomValues::paymentResult),
      new Kind("Notification", Notification.class, RandomValues::notification),
      new Kind("WorkerProfile", WorkerProfile.class, RandomValues::workerProfile),
      new Kind("CommandContext", CommandContext.class, r -> new CommandContext(text(r), text(r), instant(r))),
      new Kind("OutboxPayout", OutboxPayout.class, RandomValues::outboxPayout),
      new Kind("OutboxNotification", OutboxNotification.class, RandomValues::outboxNotification),
      new Kind("DispatchReport", DispatchReport.class, r -> new DispatchReport(r.nextInt(), r.nextInt(), r.nextInt(),
          r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt())),
      new Kind("PayoutAttemptFailed", OutboxOutcome.PayoutAttemptFailed.class,
          r -> new OutboxOutcome.PayoutAttemptFailed(text(r), r.nextInt(), text(r), instant(r))),
      new Kind("PayoutAccepted", OutboxOutcome.PayoutAccepted.class, r -> new OutboxOutcome.PayoutAccepted(text(r), text(r))),
      new Kind("PayoutSettled", OutboxOutcome.PayoutSettled.class, r -> new OutboxOutcome.PayoutSettled(text(r), text(r))),
      new Kind("PayoutStuck", OutboxOutcome.PayoutStuck.class, r -> new OutboxOutcome.PayoutStuck(text(r), r.nextInt(), text(r))),
      new Kind("PayoutRetryRequested", OutboxOutcome.PayoutRetryRequested.class,
          r -> new OutboxOutcome.PayoutRetryRequested(text(r), r.nextInt())),
      new Kind("PayoutResolved", OutboxOutcome.PayoutResolved.class, r -> new OutboxOutcome.PayoutResolved(text(r), text(r))),
      new Kind("NotificationAttemptFailed", OutboxOutcome.NotificationAttemptFailed.class,
          r -> new OutboxOutcome.NotificationAttemptFailed(text(r), r.nextInt(), text(r), instant(r))),
      new Kind("NotificationDelivered", OutboxOutcome.NotificationDelivered.class,
          r -> new OutboxOutcome.NotificationDelivered(text(r), text(r))),
      new Kind("NotificationFailed", OutboxOutcome.NotificationFailed.class,
          r -> new OutboxOutcome.NotificationFailed(text(r), text(r), r.nextInt(), text(r))));

  private RandomValues() {}

  static Money money(Random r) {
    long units = switch (r.nextInt(4)) {
      case 0 -> Long.MAX_VALUE;
      case 1 -> Long.MIN_VALUE;
      default -> r.nextLong();
    };
    return new Money(CURRENCIES.get(r.nextInt(CURRENCIES.size())), units);
  }

  static Instant instant(Random r) {
    return r.nextInt(10) == 0
        ? (r.nextBoolean() ? Instant.MAX : Instant.MIN)
        : Instant.ofEpochSecond(r.nextLong() % 300_000_000_000L, r.nextInt(1_000_000_000));
  }

  static String text(Random r) {
    int length = r.nextInt(12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int at = r.nextInt(ALPHABET.length());
      if (Character.isHighSurrogate(ALPHABET.charAt(at))) {
        text.append(ALPHABET, at, at + 2);
      } else if (Character.isLowSurrogate(ALPHABET.charAt(at))) {
        text.append('x');
      } else {
        text.append(ALPHABET.charAt(at));
      }
    }
    return text.toString();
  }

  private static String nonBlank(Random r) {
    return "id-" + text(r);
  }

  private static long positive(Random r) {
    return 1 + (r.nextLong() >>> 1) % (Long.MAX_VALUE - 1);
  }

  private static <T> List<T> list(Random r, Function<Random, T> element) {
    List<T> list = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      list.add(element.apply(r));
    }
    return list;
  }

  private static Map<String, String> map(Random r) {
    Map<String, String> map = new HashMap<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      map.put(text(r), text(r));
    }
    return map;
  }

  static EventMetadata metadata(Random r) {
    return new EventMetadata(text(r), text(r), text(r), instant(r));
  }

  static EventData eventData(Random r) {
    byte[] payload = new byte[r.nextInt(40)];
    r.nextBytes(payload);
    return new EventData(nonBlank(r), nonBlank(r), 1 + r.nextInt(Integer.MAX_VALUE), payload, metadata(r));
  }

  static StoredEvent storedEvent(Random r) {
    return new StoredEvent(text(r), positive(r), positive(r), eventData(r));
  }

  static ExpectedVersion expectedVersion(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> ExpectedVersion.noStream();
      case 1 -> ExpectedVersion.any();
      default -> ExpectedVersion.exactly(r.nextLong() >>> 1);
    };
  }

  static PaymentInstruction instruction(Random r) {
    Money amount = money(r);
    Money positive = new Money(amount.currency(), amount.minorUnits() == Long.MIN_VALUE ? 1
        : Math.max(1, Math.abs(amount.minorUnits())));
    PaymentKind kind = PaymentKind.values()[r.nextInt(PaymentKind.values().length)];
    return new PaymentInstruction(nonBlank(r), kind, text(r), text(r), positive, text(r), text(r));
  }

  static PaymentResult paymentResult(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> new PaymentResult.Succeeded(text(r));
      case 1 -> new PaymentResult.Pending(text(r));
      default -> new PaymentResult.Failed(r.nextBoolean(), text(r));
    };
  }

  static Notification notification(Random r) {
    return new Notification(text(r), text(r), text(r), text(r), map(r), instant(r));
  }

  static WorkerProfile workerProfile(Random r) {
    Map<String, Integer> skills = new HashMap<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      skills.put(text(r), 1 + r.nextInt(5));
    }
    Set<String> wants = new HashSet<>(list(r, RandomValues::text));
    return new WorkerProfile(text(r), skills, wants, r.nextInt(501) / 100.0, r.nextInt(60), r.nextInt(5));
  }

  static OutboxPayout outboxPayout(Random r) {
    return new OutboxPayout(text(r), instruction(r), PayoutState.values()[r.nextInt(PayoutState.values().length)],
        r.nextInt(Integer.MAX_VALUE), instant(r), r.nextBoolean() ? instant(r) : null,
        r.nextBoolean() ? text(r) : null, r.nextBoolean() ? text(r) : null);
  }

  static OutboxNotification outboxNotification(Random r) {
    return new OutboxNotification(text(r), notification(r),
        NotificationState.values()[r.nextInt(NotificationState.values().length)], r.nextInt(Integer.MAX_VALUE),
        r.nextBoolean() ? instant(r) : null, r.nextBoolean() ? text(r) : null);
  }
}
