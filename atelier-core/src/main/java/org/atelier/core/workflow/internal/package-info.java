/**
 * The internship aggregate behind {@link org.atelier.core.workflow.Internships}: its events,
 * its state and fold, the decisions for each command, the escrow's money movements, the
 * notification rules and the time rules. Not exported: nothing here is API.
 */
@NullMarked
package org.atelier.core.workflow.internal;

import org.jspecify.annotations.NullMarked;
