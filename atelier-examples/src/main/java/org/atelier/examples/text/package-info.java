/**
 * The small English grammar that the command line's messages need: the article before a
 * name and the number of a counted noun. Not exported.
 */
@NullMarked
package org.atelier.examples.text;

import org.jspecify.annotations.NullMarked;
