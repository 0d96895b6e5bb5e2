/** The scoring engine's building blocks (rounding, banding, normalisers, aggregators, node order); not API. */
package org.framewright.scoring.internal;
