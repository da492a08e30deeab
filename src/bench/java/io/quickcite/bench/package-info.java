/** Benchmarks: JMH warm latency and the scale curve. Compiled with the tests, run by the scripts in bench/, never shipped. */
package io.quickcite.bench;
