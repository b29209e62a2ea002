/**
 * Atelier's pure domain: tasks and plans, the micro-internship workflow, exact payments,
 * mentor–intern matching, experiments, and in-memory defaults of every SPI.
 */
module org.atelier.core {
  requires transitive org.atelier.spi;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires org.slf4j;

  exports org.atelier.core;
  exports org.atelier.core.matching;
  exports org.atelier.core.matching.scoring;
}
