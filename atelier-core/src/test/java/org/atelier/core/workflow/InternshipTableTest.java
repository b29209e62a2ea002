package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.workflow.Fixture.*;

import java.util.ArrayList;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.model.Actor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every (status, command) pair of the internship machine: the command either reaches the
 * status the table names (with the guard that holds), or it is refused, with the code the
 * check order prescribes, and leaves the aggregate and its stream unchanged.
 */
class InternshipTableTest {

  @TestFactory
  List<DynamicTest> everyStatusAndCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (InternshipStatus status : InternshipStatus.values()) {
      for (Command command : Command.values()) {
        tests.add(DynamicTest.dynamicTest(status + " x " + command.label(), () -> cell(status, command)));
      }
    }
    return tests;
  }

  private static void cell(InternshipStatus status, Command command) {
    Fixture f = Recipes.reach(status);
    boolean allowed = StateMachines.internship().allows(status, command);
    if (allowed) {
      Recipes.prepare(f, status, command);
    }
    InternshipView before = f.flow.view(T1);
    assertThat(before.status()).isEqualTo(status);
    int eventsBefore = f.flow.timeline(T1).size();
    Actor actor = Recipes.actorFor(command, before);
    boolean permitted = AccessPolicy.contractDefault().decide(actor, command, Recipes.parties(before)).permitted();

    ErrorCode expected = command == Command.POST_TASK ? ErrorCode.DUPLICATE
        : !permitted ? ErrorCode.NOT_PERMITTED
        : !allowed ? ErrorCode.ILLEGAL_TRANSITION
        : null;
    if (expected == null) {
      Transition<InternshipStatus> row = StateMachines.internship().select(status, command,
          g -> Recipes.holds(g, before));
      assertThat(row).as("a row whose guard holds").isNotNull();
      InternshipView after = Recipes.attempt(f.flow, command, actor);
      assertThat(after.status()).isEqualTo(row.to());
      assertThat(f.flow.view(T1)).isEqualTo(after);
      assertThat(f.flow.timeline(T1).size()).isGreaterThan(eventsBefore);
    } else {
      assertThatThrownBy(() -> Recipes.attempt(f.flow, command, actor))
          .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(expected));
      assertThat(f.flow.view(T1)).isEqualTo(before);
      assertThat(f.flow.timeline(T1)).hasSize(eventsBefore);
    }
  }

  @Test
  void beforePosting_onlyPostTaskApplies_andEveryOtherCommandIsNotFound() {
    for (Command command : Command.values()) {
      Fixture f = new Fixture();
      InternshipView absent = new InternshipView(Task0.task(), InternshipStatus.POSTED, null, null, List.of(), false,
          0, 0, false, Task0.task().budget(), List.of(), List.of(), List.of(), 0);
      Actor actor = Recipes.actorFor(command, absent);
      if (command == Command.POST_TASK) {
        assertThat(Recipes.attempt(f.flow, command, actor).status()).isEqualTo(InternshipStatus.POSTED);
      } else {
        assertThatThrownBy(() -> Recipes.attempt(f.flow, command, actor))
            .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(f.flow.find(T1)).isEmpty();
      }
    }
  }

  /** The example task as posted, to stand in for a view before anything exists. */
  private static final class Task0 {
    static org.atelier.core.model.Task task() {
      return org.atelier.core.model.Task.posted(posting(T1), REQ.id());
    }
  }
}
