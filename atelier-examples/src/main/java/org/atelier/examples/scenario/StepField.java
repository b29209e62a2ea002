package org.atelier.examples.scenario;

/**
 * A field that a command step may carry, with the shape the reader expects of it. The
 * {@link ScenarioCommand} table says which fields each command requires or allows.
 */
public enum StepField {
  /** The task's id. */
  TASK("task", Shape.ID),
  /** The task's title. */
  TITLE("title", Shape.TEXT),
  /** The task's budget, a decimal string in the scenario's currency. */
  BUDGET("budget", Shape.AMOUNT),
  /** The task's deadline. */
  DEADLINE("deadline", Shape.INSTANT),
  /** Required skills: name to level. */
  SKILLS("skills", Shape.SKILLS),
  /** The mentor's id. */
  MENTOR("mentor", Shape.ID),
  /** The intern's id. */
  INTERN("intern", Shape.ID),
  /** The planned milestones. */
  MILESTONES("milestones", Shape.MILESTONES),
  /** A milestone's id. */
  MILESTONE("milestone", Shape.ID),
  /** A free-text note on a submission. */
  NOTE("note", Shape.TEXT),
  /** Review feedback. */
  FEEDBACK("feedback", Shape.TEXT),
  /** A help request's id. */
  HELP("help", Shape.ID),
  /** The intern's question. */
  QUESTION("question", Shape.TEXT),
  /** The mentor's answer. */
  ANSWER("answer", Shape.TEXT),
  /** How far {@code extend} moves the dates. */
  BY("by", Shape.DURATION),
  /** The percent of frozen escrow refunded to the requester. */
  TO_REQUESTER_PERCENT("toRequesterPercent", Shape.PERCENT),
  /** Extension: the id of a decomposition template that {@code proposePlan} plans from. */
  TEMPLATE("template", Shape.ID);

  /** The JSON shape a field's value must have. */
  public enum Shape {
    /** An id: 1 to 64 letters, digits, {@code . _ -}, starting with a letter or digit. */
    ID,
    /** A non-empty string. */
    TEXT,
    /** A decimal string in the currency's minor units. */
    AMOUNT,
    /** An ISO-8601 instant. */
    INSTANT,
    /** An ISO-8601 duration. */
    DURATION,
    /** A whole number 0..100. */
    PERCENT,
    /** An object of skill name to whole-number level. */
    SKILLS,
    /** An array of milestone objects. */
    MILESTONES
  }

  private final String jsonName;
  private final Shape shape;

  StepField(String jsonName, Shape shape) {
    this.jsonName = jsonName;
    this.shape = shape;
  }

  /**
   * The field's name in a file.
   *
   * @return the JSON name, such as {@code toRequesterPercent}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The shape its value must have.
   *
   * @return the shape
   */
  public Shape shape() {
    return shape;
  }
}
