/**
 * Scenario files ({@code atelier-scenario/1}): the strict reader that turns a file into a
 * typed {@link org.atelier.examples.scenario.Scenario}, the runner that executes it on the
 * embedded default, and the result document ({@code atelier-scenario-result/1}).
 *
 * <p>This package is not exported: the file formats are the public contract, documented in
 * {@code docs/scenarios.md}, and these types are how the command line implements them.
 */
@NullMarked
package org.atelier.examples.scenario;

import org.jspecify.annotations.NullMarked;
