package org.atelier.core.model;

import java.util.Objects;

/**
 * Who issues a command: a person's id and the role they act in. Every command carries one,
 * and the access policy decides from it.
 *
 * @param id the person
 * @param role the role they act in
 * @since 0.1
 */
public record Actor(PersonId id, Role role) {
  /**
   * Checks the parts.
   *
   * @param id the person
   * @param role the role
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }

  /**
   * An actor from plain values.
   *
   * @param id the person's id, such as {@code "men-1"}
   * @param role the role
   * @return the actor
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the id is malformed
   */
  public static Actor of(String id, Role role) {
    return new Actor(PersonId.of(id), role);
  }

  /**
   * A requester.
   *
   * @param id the person's id
   * @return the actor
   */
  public static Actor requester(String id) {
    return of(id, Role.REQUESTER);
  }

  /**
   * A mentor.
   *
   * @param id the person's id
   * @return the actor
   */
  public static Actor mentor(String id) {
    return of(id, Role.MENTOR);
  }

  /**
   * An intern.
   *
   * @param id the person's id
   * @return the actor
   */
  public static Actor intern(String id) {
    return of(id, Role.INTERN);
  }

  /**
   * A platform operator.
   *
   * @param id the person's id
   * @return the actor
   */
  public static Actor platform(String id) {
    return of(id, Role.PLATFORM);
  }

  /** The id and role, such as {@code "men-1 (mentor)"}. */
  @Override
  public String toString() {
    return id + " (" + role.externalName() + ")";
  }
}
