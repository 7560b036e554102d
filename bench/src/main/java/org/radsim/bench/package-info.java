/**
 * JMH microbenchmarks of the model's hot kernels: one tick of each per-citizen process, the memory-limit kernel,
 * the object-per-agent peer and a whole model tick. Built only with the Maven profile {@code bench}.
 */
package org.radsim.bench;
