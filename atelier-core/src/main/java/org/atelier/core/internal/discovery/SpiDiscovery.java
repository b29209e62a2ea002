package org.atelier.core.internal.discovery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the one implementation of an SPI interface. The rules: an explicit choice wins;
 * otherwise exactly one provider from the {@link ServiceSource}; several providers are an
 * error, because Atelier must never guess which store or gateway holds real money.
 */
public final class SpiDiscovery {
  private final ServiceSource source;

  /**
   * Creates a discovery over a source.
   *
   * @param source where providers come from
   */
  public SpiDiscovery(ServiceSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * The implementation to use.
   *
   * @param <T> the interface
   * @param spi the interface
   * @param explicit what the builder was given, if anything
   * @return the explicit choice, else the single provider, else empty
   * @throws IllegalStateException if there is no explicit choice and several providers
   */
  public <T> Optional<T> find(Class<T> spi, Optional<T> explicit) {
    if (explicit.isPresent()) {
      return explicit;
    }
    List<T> providers = source.providers(spi);
    if (providers.size() > 1) {
      throw new IllegalStateException("found " + providers.size() + " providers of " + spi.getName() + " ("
          + providers.stream().map(p -> p.getClass().getName()).sorted().collect(Collectors.joining(", "))
          + "); Atelier will not guess: keep one on the module path or choose one explicitly on the builder");
    }
    return providers.stream().findFirst();
  }
}
