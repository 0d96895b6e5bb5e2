/** Benchmark of opening and laying out a big generated logic model (runs only on request, see the README). */
package org.framewright.diagram.server.benchmark;
