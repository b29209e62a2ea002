/**
 * The serializers, deserializers and mix-ins behind {@code AtelierJacksonModule}. Not exported.
 */
@NullMarked
package org.atelier.core.internal.json;

import org.jspecify.annotations.NullMarked;
