/**
 * JMH benchmarks of the matching algorithms (run by hand, never by the tests): dense and
 * capacitated max-weight against JGraphT's Kuhn–Munkres, and deferred acceptance at
 * marketplace scale. See {@code docs/matching.md}, section Benchmarks.
 */
@NullMarked
package org.atelier.examples.bench;

import org.jspecify.annotations.NullMarked;
