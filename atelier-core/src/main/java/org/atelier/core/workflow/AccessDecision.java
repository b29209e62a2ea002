package org.atelier.core.workflow;

import java.util.Objects;

/**
 * An {@link AccessPolicy}'s answer.
 *
 * @param permitted whether the actor may issue the command
 * @param requirement what the command requires, such as {@code "the task's mentor men-1"};
 *     a refusal's message quotes it
 * @since 0.1
 */
public record AccessDecision(boolean permitted, String requirement) {
  /**
   * Checks the parts.
   *
   * @param permitted whether permitted
   * @param requirement the requirement
   */
  public AccessDecision {
    Objects.requireNonNull(requirement, "requirement");
  }

  /**
   * A permission.
   *
   * @param requirement what was required (and met)
   * @return the decision
   */
  public static AccessDecision permit(String requirement) {
    return new AccessDecision(true, requirement);
  }

  /**
   * A refusal.
   *
   * @param requirement what would have been required
   * @return the decision
   */
  public static AccessDecision refuse(String requirement) {
    return new AccessDecision(false, requirement);
  }
}
