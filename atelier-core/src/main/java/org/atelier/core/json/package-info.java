/**
 * JSON for Atelier's values and events: {@link org.atelier.core.json.AtelierJacksonModule}, a
 * Jackson module a host registers on its own mapper, and {@link org.atelier.core.json.AtelierJson},
 * the canonical strict and deterministic mapper with the helper that turns Jackson's errors
 * into {@code VALIDATION} errors naming the JSON path.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.json;

import org.jspecify.annotations.NullMarked;
