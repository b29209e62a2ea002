/**
 * Mentor–intern matching: the {@link org.atelier.core.matching.MatchingProblem} with
 * capacities, preference lists, weights and forbidden pairs; one
 * {@link org.atelier.core.matching.MatchingAlgorithm} interface with implementations named
 * after their algorithm (deferred acceptance, shortest augmenting path, greedy); and the
 * {@link org.atelier.core.matching.MatchingReport} that measures any result.
 *
 * <p>Problems are stored in flat primitive arrays, so a marketplace-sized instance
 * (10<sup>6</sup> interns) fits in a few hundred megabytes and no algorithm allocates
 * an object per edge.
 */
@NullMarked
package org.atelier.core.matching;

import org.jspecify.annotations.NullMarked;
