package org.atelier.examples.scenario;

import java.time.Duration;

/**
 * {@code {"advance": "PT6H"}}: moves the clock forward, then fires every time rule that has
 * come due, in time order.
 *
 * @param index the step's zero-based index
 * @param by how far the clock moves; a negative duration is refused when the step runs
 */
public record AdvanceStep(int index, Duration by) implements Step {}
