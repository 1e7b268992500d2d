/** JMH microbenchmarks; one class per subject (encoder, simulator, trace compiler). */
package org.armjit.bench;
