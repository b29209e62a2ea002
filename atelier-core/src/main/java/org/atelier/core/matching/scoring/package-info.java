/**
 * Scoring from profiles ({@code scoring: skill-fit}): the matching view of tasks, mentors and
 * interns, the {@link org.atelier.core.matching.scoring.SkillFitScorer} that turns them into
 * weights, preference lists and hard constraints, and top-k
 * {@link org.atelier.core.matching.scoring.MentorRecommendations} for a requester.
 */
@NullMarked
package org.atelier.core.matching.scoring;

import org.jspecify.annotations.NullMarked;
