/**
 * The matching kernels on flat arrays: rank inversion, deferred acceptance and its held
 * sets, the Jonker–Volgenant and capacitated shortest-augmenting-path assignment solvers,
 * greedy selection and blocking-pair search; and the problem builder's parts: entry checks,
 * preference-list checks, pair weights and forbidden pairs. Not exported; the public
 * classes call them.
 */
@NullMarked
package org.atelier.core.matching.internal;

import org.jspecify.annotations.NullMarked;
