/**
 * Implementation of payments that is not API: the retrying payout sender and exact
 * arithmetic checks. Not exported.
 */
@NullMarked
package org.atelier.core.payment.internal;

import org.jspecify.annotations.NullMarked;
