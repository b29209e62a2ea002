/**
 * Where Atelier meets the world: the {@code atelier} command line (demo, scenario runner,
 * matching) and the JMH benchmarks.
 */
module org.atelier.examples {
  requires org.atelier.core;
  requires org.atelier.spi;
  requires static transitive org.jspecify;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires org.jgrapht.core;
  requires jmh.core;

  exports org.atelier.examples.cli;
  opens org.atelier.examples.cli to info.picocli;
}
