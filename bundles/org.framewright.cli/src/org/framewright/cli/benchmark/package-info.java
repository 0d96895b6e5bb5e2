/** Benchmarks of the model operations on generated large frameworks (copies of a sample inside one framework). */
package org.framewright.cli.benchmark;
