package io.loopwise.sandbox.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose {@code {id}} must name a stored run before the response starts: a streaming response
 * commits its status with the first byte, so an unknown run must be refused by {@link ExistingRunFilter} first.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExistingRun {
}
