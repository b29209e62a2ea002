package org.atelier.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.atelier.core.AtelierException;

/**
 * What part a person plays. A person acts in one role per command.
 *
 * @since 0.1
 */
public enum Role {
  /** Posts the task, chooses the mentor, funds escrow and accepts the delivery. */
  REQUESTER,
  /** Plans the milestones, reviews submissions, answers help requests and delivers. */
  MENTOR,
  /** Does the work: accepts the plan, submits milestones, asks for help. */
  INTERN,
  /** The marketplace's operators: assign, extend, cancel and resolve disputes. */
  PLATFORM;

  /**
   * The role's name as scenario files write it: {@code requester}, {@code mentor},
   * {@code intern} or {@code platform}.
   *
   * @return the lower-case name
   */
  public String externalName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a role name, in any case.
   *
   * @param name such as {@code "mentor"}
   * @return the role
   * @throws AtelierException with code {@code VALIDATION} naming the accepted names
   */
  public static Role parse(String name) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(name)) {
        return role;
      }
    }
    throw AtelierException.validation("unknown role \"" + name + "\"; expected one of "
        + Arrays.stream(values()).map(Role::externalName).collect(Collectors.joining(", ")));
  }
}
