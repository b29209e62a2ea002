/**
 * Profiles: the host's {@link org.atelier.spi.directory.WorkerDirectory} of mentors and interns, for matching.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.spi.directory;

import org.jspecify.annotations.NullMarked;
