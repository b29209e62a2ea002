package org.atelier.core.internal.discovery;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Where providers of an SPI interface come from: {@link ServiceLoader} in production, a
 * fixed list in tests.
 */
@FunctionalInterface
public interface ServiceSource {

  /**
   * The providers of an interface.
   *
   * @param <T> the interface
   * @param spi the interface
   * @return the provider instances, in the source's order
   */
  <T> List<T> providers(Class<T> spi);

  /**
   * {@link ServiceLoader}: providers declared with {@code provides} on the module path and in
   * {@code META-INF/services} on the class path. The {@code uses} clauses are in
   * {@code org.atelier.core}'s module descriptor.
   *
   * @return the source
   */
  static ServiceSource serviceLoader() {
    return new ServiceSource() {
      @Override
      public <T> List<T> providers(Class<T> spi) {
        return ServiceLoader.load(spi).stream().map(ServiceLoader.Provider::get).toList();
      }
    };
  }
}
