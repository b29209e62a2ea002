package org.atelier.core.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;

/**
 * An intern's learning record: the micro-internships they completed, with the skills their
 * mentors endorsed and the review history of every milestone. This is the intern's path to
 * the next job, so it exports as self-describing JSON ({@link #toJson()}).
 *
 * @param intern the intern
 * @param entries the completed internships, oldest first
 * @since 0.1
 */
public record LearningRecord(PersonId intern, List<LearningEntry> entries) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /**
   * Checks and copies the parts.
   *
   * @param intern the intern
   * @param entries the entries
   */
  public LearningRecord {
    Objects.requireNonNull(intern, "intern");
    entries = List.copyOf(entries);
  }

  /**
   * The record as JSON, format {@code atelier-learning-record/1}: the same record always
   * gives the same bytes.
   *
   * @return the JSON text, indented, ending without a newline
   */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "atelier-learning-record/1");
    root.put("intern", intern.value());
    ArrayNode internships = root.putArray("internships");
    for (LearningEntry entry : entries) {
      ObjectNode e = internships.addObject();
      e.put("task", entry.task().value());
      e.put("title", entry.title());
      e.put("mentor", entry.mentor().value());
      e.put("completedAt", entry.completedAt().toString());
      ObjectNode skills = e.putObject("endorsedSkills");
      for (Skill skill : entry.endorsedSkills()) {
        skills.put(skill.name(), skill.level());
      }
      ArrayNode milestones = e.putArray("milestones");
      for (MilestoneView m : entry.milestones()) {
        ObjectNode mj = milestones.addObject();
        mj.put("id", m.id().value());
        mj.put("title", m.spec().title());
        mj.put("status", m.status().name());
        mj.put("revisions", m.revisions());
        ArrayNode reviews = mj.putArray("reviews");
        for (Review r : m.reviews()) {
          ObjectNode rj = reviews.addObject();
          rj.put("submission", r.submission());
          rj.put("outcome", r.outcome().name());
          rj.put("feedback", r.feedback());
          ArrayNode tags = rj.putArray("tags");
          r.tags().forEach(t -> tags.add(t.name()));
          rj.put("by", r.by().value());
          rj.put("at", r.at().toString());
        }
      }
    }
    try {
      return WRITER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
