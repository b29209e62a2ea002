package org.atelier.core.payment;

import java.util.Objects;
import java.util.Optional;
import org.atelier.core.AtelierException;

/**
 * A ledger account: a party ({@code req-1}, {@code int-1}, {@code men-1}), a task's
 * escrow ({@code escrow:t1}) or the platform's fees ({@code platform}). Accounts order
 * by their value, so balance tables print in a stable order.
 *
 * @param value the account's name
 * @since 0.1
 */
public record AccountId(String value) implements Comparable<AccountId> {
  /** The prefix of every escrow account. */
  public static final String ESCROW_PREFIX = "escrow:";

  private static final AccountId PLATFORM = new AccountId("platform");

  /**
   * Checks the name.
   *
   * @param value the account's name
   * @throws AtelierException {@code VALIDATION} if the name is blank
   */
  public AccountId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw AtelierException.validation("account id must not be blank; expected a party id such as int-1");
    }
  }

  /**
   * The account of a party: a requester, an intern or a mentor.
   *
   * @param partyId the party's id, such as {@code int-1}
   * @return the account
   * @throws AtelierException {@code VALIDATION} if the id is blank
   */
  public static AccountId of(String partyId) {
    return new AccountId(partyId);
  }

  /**
   * The escrow account of a task, {@code escrow:TASK}.
   *
   * @param taskId the task's id, such as {@code t1}
   * @return the account, such as {@code escrow:t1}
   * @throws AtelierException {@code VALIDATION} if the id is blank
   */
  public static AccountId escrow(String taskId) {
    Objects.requireNonNull(taskId, "taskId");
    if (taskId.isBlank()) {
      throw AtelierException.validation("task id must not be blank; expected an id such as t1");
    }
    return new AccountId(ESCROW_PREFIX + taskId);
  }

  /**
   * The platform's fee account, {@code platform}.
   *
   * @return the account
   */
  public static AccountId platform() {
    return PLATFORM;
  }

  /**
   * The task whose escrow this account is.
   *
   * @return the task's id for {@code escrow:TASK}, or empty for a party or the platform
   */
  public Optional<String> escrowTask() {
    return value.startsWith(ESCROW_PREFIX) ? Optional.of(value.substring(ESCROW_PREFIX.length())) : Optional.empty();
  }

  /**
   * Orders accounts by name.
   *
   * @param other another account
   * @return the comparison of the names
   */
  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  /**
   * The account's name.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
