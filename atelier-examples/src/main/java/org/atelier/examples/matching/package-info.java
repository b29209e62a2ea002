/**
 * Reading and writing the matching files of the command line: {@code atelier-matching/1}
 * JSON problems, dense CSV weight matrices, and {@code atelier-matching-result/1} results.
 * {@link org.atelier.examples.matching.MatchingFiles#validate(java.nio.file.Path)} checks a
 * file without solving it.
 */
@NullMarked
package org.atelier.examples.matching;

import org.jspecify.annotations.NullMarked;
