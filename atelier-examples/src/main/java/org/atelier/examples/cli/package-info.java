/**
 * The {@code atelier} command line.
 */
@NullMarked
package org.atelier.examples.cli;

import org.jspecify.annotations.NullMarked;
