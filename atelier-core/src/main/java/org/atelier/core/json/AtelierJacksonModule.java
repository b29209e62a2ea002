package org.atelier.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.atelier.core.internal.json.ExpectedVersionJson;
import org.atelier.core.internal.json.MoneyJson;
import org.atelier.core.internal.json.PaymentResultMixIn;
import org.atelier.core.internal.json.SortedSetSerializer;
import org.atelier.core.internal.json.TimeJson;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentResult;
import org.atelier.spi.store.ExpectedVersion;

/**
 * The Jackson module that maps Atelier's values: register it on a host's own
 * {@code ObjectMapper} with {@code mapper.registerModule(new AtelierJacksonModule())}, or use
 * {@link AtelierJson#newMapper()}, which has it and the strict settings Atelier relies on.
 *
 * <p>What it adds to plain Jackson:
 *
 * <ul>
 *   <li>{@link Money} as {@code {"amount":"1000.00","currency":"USD"}}: the amount is a
 *       decimal string, never a JSON number, so it can never become a float;
 *   <li>{@link Instant} and {@link Duration} as ISO-8601 strings;
 *   <li>{@link PaymentResult} with its case in a {@code "status"} field
 *       ({@code succeeded}, {@code pending}, {@code failed});
 *   <li>{@link ExpectedVersion} as {@code "noStream"}, {@code "any"} or a number;
 *   <li>every {@link Set} with its elements in natural order, since the iteration order of
 *       {@code Set.of} differs between runs.
 * </ul>
 *
 * <p>Every other public value and event of Atelier is a record, which Jackson maps by its
 * components with no help. The module is stateless and may be registered on any number of
 * mappers.
 *
 * @since 0.1
 */
public final class AtelierJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public AtelierJacksonModule() {
    super("atelier", Version.unknownVersion());
    addSerializer(Money.class, new MoneyJson.Serializer());
    addDeserializer(Money.class, new MoneyJson.Deserializer());
    addSerializer(Instant.class, new TimeJson.IsoSerializer<>(Instant.class));
    addDeserializer(Instant.class, TimeJson.IsoDeserializer.instants());
    addSerializer(Duration.class, new TimeJson.IsoSerializer<>(Duration.class));
    addDeserializer(Duration.class, TimeJson.IsoDeserializer.durations());
    addSerializer(ExpectedVersion.class, new ExpectedVersionJson.Serializer());
    addDeserializer(ExpectedVersion.class, new ExpectedVersionJson.Deserializer());
    addSerializer(Set.class, new SortedSetSerializer());
    setMixInAnnotation(PaymentResult.class, PaymentResultMixIn.class);
  }
}
