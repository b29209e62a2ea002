/**
 * Atelier's service-provider interface: what a host implements to give Atelier storage, payments, notifications and profiles.
 */
@NullMarked
package org.atelier.spi;

import org.jspecify.annotations.NullMarked;
