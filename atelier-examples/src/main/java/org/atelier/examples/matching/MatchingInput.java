package org.atelier.examples.matching;

import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.scoring.SkillFitScorer;
import org.jspecify.annotations.Nullable;

/**
 * A parsed matching file.
 *
 * @param problem the problem, ready to solve
 * @param scored the scorer's per-pair breakdown when the file used {@code scoring}, else {@code null}
 */
public record MatchingInput(MatchingProblem problem, SkillFitScorer.@Nullable ScoredProblem scored) {}
