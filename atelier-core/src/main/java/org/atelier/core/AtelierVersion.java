package org.atelier.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the Atelier library on the class path.
 *
 * @since 0.1
 */
public final class AtelierVersion {
  private static final String VERSION = load();

  private AtelierVersion() {}

  /**
   * The library's version, as the build stamped it (for example {@code 0.1.0}).
   *
   * @return the version string
   */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = AtelierVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from org.atelier.core");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
