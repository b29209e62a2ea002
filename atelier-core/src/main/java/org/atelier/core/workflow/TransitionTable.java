package org.atelier.core.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One state machine as data: its ordered rows. The aggregate decides and folds with it, the
 * access and table tests enumerate it, and {@link #mermaid()} renders the diagrams of
 * {@code docs/workflow.md} from it, so nothing is written twice.
 *
 * <p>Instances are immutable. Lookups are linear in the number of rows (a few dozen).
 *
 * @param <S> the status type
 * @since 0.1
 */
public final class TransitionTable<S extends Enum<S>> {
  private final String name;
  private final Class<S> statusType;
  private final List<Transition<S>> rows;

  /**
   * A table from its rows.
   *
   * @param name the machine's name, such as {@code internship}
   * @param statusType the status enum
   * @param rows the rows, in the order diagrams list them
   * @throws IllegalArgumentException if two rows share state, trigger and guard
   */
  public TransitionTable(String name, Class<S> statusType, List<Transition<S>> rows) {
    this.name = Objects.requireNonNull(name, "name");
    this.statusType = Objects.requireNonNull(statusType, "statusType");
    this.rows = List.copyOf(rows);
    Set<String> keys = new LinkedHashSet<>();
    for (Transition<S> row : this.rows) {
      if (!keys.add(row.from() + "/" + row.trigger().label() + "/" + row.guard())) {
        throw new IllegalArgumentException(name + " table: two rows for " + row.from() + " on "
            + row.trigger().label() + " [" + row.guard() + "]");
      }
    }
  }

  /**
   * The machine's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The machine's statuses.
   *
   * @return every status, in declaration order
   */
  public Set<S> statuses() {
    return EnumSet.allOf(statusType);
  }

  /**
   * All rows, in table order.
   *
   * @return the rows
   */
  public List<Transition<S>> rows() {
    return rows;
  }

  /**
   * The rows for a state and trigger, in table order.
   *
   * @param from the state, or {@code null} for creation
   * @param trigger the trigger
   * @return the rows; empty if the trigger does not fit the state
   */
  public List<Transition<S>> rows(@Nullable S from, Trigger trigger) {
    return rows.stream().filter(r -> r.from() == from && r.trigger() == trigger).toList();
  }

  /**
   * Whether a trigger fits a state under some guard.
   *
   * @param from the state, or {@code null} for creation
   * @param trigger the trigger
   * @return {@code true} if some row matches
   */
  public boolean allows(@Nullable S from, Trigger trigger) {
    return rows.stream().anyMatch(r -> r.from() == from && r.trigger() == trigger);
  }

  /**
   * The first row for a state and trigger whose guard holds.
   *
   * @param from the state, or {@code null} for creation
   * @param trigger the trigger
   * @param guardHolds which guards hold now
   * @return the row, or {@code null} if none fits
   */
  public @Nullable Transition<S> select(@Nullable S from, Trigger trigger, Predicate<Guard> guardHolds) {
    for (Transition<S> row : rows(from, trigger)) {
      if (row.guard() == Guard.ALWAYS || guardHolds.test(row.guard())) {
        return row;
      }
    }
    return null;
  }

  /**
   * The states from which a trigger is allowed, in declaration order.
   *
   * @param trigger the trigger
   * @return the states (creation, {@code null}, is left out)
   */
  public List<S> statesAllowing(Trigger trigger) {
    return statuses().stream().filter(s -> allows(s, trigger)).toList();
  }

  /**
   * The triggers of the table, in the order of their first row.
   *
   * @return the triggers
   */
  public List<Trigger> triggers() {
    return rows.stream().map(Transition::trigger).distinct().toList();
  }

  /**
   * The table as a Mermaid {@code stateDiagram-v2}. Rows with the same states and guard are
   * merged into one edge whose label lists their triggers; states whose only rows lead back
   * to themselves end in {@code [*]}. The text depends only on the rows, so a test can compare it with the docs.
   *
   * @return the diagram, lines ending in {@code \n}
   */
  public String mermaid() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Transition<S> row : rows) {
      String from = row.from() == null ? "[*]" : row.from().name();
      String key = from + " --> " + row.to().name() + " : ";
      edges.computeIfAbsent(key + row.guard(), k -> new ArrayList<>()).add(row.label());
    }
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    edges.forEach((key, labels) -> out.append("    ")
        .append(key, 0, key.lastIndexOf(" : ") + 3)
        .append(String.join(", ", labels)).append('\n'));
    Set<S> withExits = rows.stream().filter(r -> r.from() != null && r.from() != r.to()).map(Transition::from)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(statusType)));
    for (S status : statuses()) {
      if (!withExits.contains(status)) {
        out.append("    ").append(status.name()).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return name + " table (" + rows.size() + " rows)";
  }
}
