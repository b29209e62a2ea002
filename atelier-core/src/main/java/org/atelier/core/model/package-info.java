/**
 * The nouns of a micro-internship: typed ids, {@link org.atelier.core.model.Skill}s with
 * levels, the marketplace {@link org.atelier.core.model.Task} being repurposed, the mentor's and
 * intern's profiles, and the {@link org.atelier.core.model.Actor} (an id with a
 * {@link org.atelier.core.model.Role}) that every command carries.
 *
 * <p>Every value here is immutable and checks itself on construction: bad input is an
 * {@link org.atelier.core.AtelierException} with code {@code VALIDATION} that names the
 * field and what would have been accepted.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.model;

import org.jspecify.annotations.NullMarked;
