/**
 * The Atelier SPI: the interfaces a host implements (storage, payments, notifications,
 * profiles) and the small value types they carry. It depends on the JDK alone.
 */
module org.atelier.spi {
  requires static transitive org.jspecify;

  exports org.atelier.spi;
  exports org.atelier.spi.store;
  exports org.atelier.spi.payment;
  exports org.atelier.spi.notify;
  exports org.atelier.spi.directory;
}
