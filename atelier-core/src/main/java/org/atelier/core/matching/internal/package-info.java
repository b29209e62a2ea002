/**
 * The matching kernels on flat arrays: rank inversion, deferred acceptance, the
 * Jonker–Volgenant and capacitated shortest-augmenting-path assignment solvers, greedy
 * selection and blocking-pair search. Not exported; the public algorithm classes call them.
 */
@NullMarked
package org.atelier.core.matching.internal;

import org.jspecify.annotations.NullMarked;
