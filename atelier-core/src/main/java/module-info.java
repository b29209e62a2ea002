/**
 * Atelier's pure domain: tasks and plans, the micro-internship workflow, exact payments,
 * mentor–intern matching, JSON mapping, and in-memory defaults of every SPI.
 */
module org.atelier.core {
  requires transitive org.atelier.spi;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires org.slf4j;

  exports org.atelier.core;
  exports org.atelier.core.model;
  exports org.atelier.core.plan;
  exports org.atelier.core.workflow;
  exports org.atelier.core.payment;
  exports org.atelier.core.json;
  exports org.atelier.core.memory;
  exports org.atelier.core.outbox;
  exports org.atelier.core.matching;
  exports org.atelier.core.matching.scoring;

  opens org.atelier.core.payment to com.fasterxml.jackson.databind;
  opens org.atelier.core.internal.engine to com.fasterxml.jackson.databind;
  opens org.atelier.core.internal.json to com.fasterxml.jackson.databind;
  opens org.atelier.core.internal.outbox to com.fasterxml.jackson.databind;
  opens org.atelier.core.model to com.fasterxml.jackson.databind;
  opens org.atelier.core.workflow to com.fasterxml.jackson.databind;
  opens org.atelier.core.workflow.internal to com.fasterxml.jackson.databind;

  uses org.atelier.spi.store.EventStore;
  uses org.atelier.spi.payment.PaymentGateway;
  uses org.atelier.spi.notify.Notifier;
  uses org.atelier.spi.directory.WorkerDirectory;
}
