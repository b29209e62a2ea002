package org.atelier.examples.scenario;

import java.util.Locale;

/** The {@code role} of a person in a scenario file. */
public enum PersonRole {
  /** Posts tasks and pays for them. */
  REQUESTER,
  /** Plans, reviews and helps. */
  MENTOR,
  /** Does the work and learns. */
  INTERN,
  /** The marketplace itself: assigns, cancels, settles disputes. */
  PLATFORM;

  /**
   * The name as a file spells it.
   *
   * @return the lower-case name, such as {@code requester}
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
