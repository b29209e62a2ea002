package org.atelier.core.workflow;

/**
 * A party that a command may require, as the default access policy states it.
 *
 * @since 0.1
 */
public enum Party {
  /** Anyone acting as a requester (to post a new task). */
  ANY_REQUESTER("a requester"),
  /** The requester who posted this task. */
  TASK_REQUESTER("the task's requester"),
  /** The mentor chosen for this task. */
  TASK_MENTOR("the task's mentor"),
  /** The intern assigned to this task. */
  TASK_INTERN("the task's intern"),
  /** Anyone acting for the platform. */
  PLATFORM("the platform");

  private final String description;

  Party(String description) {
    this.description = description;
  }

  /**
   * How refusals name the party.
   *
   * @return such as {@code the task's mentor}
   */
  public String description() {
    return description;
  }
}
