package org.atelier.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, put on each package through its
 * {@code package-info.java}. Values are {@code Xxx} abstract types with generated
 * {@code ImmutableXxx} implementations, JDK collections only (Immutables issue 1182 under
 * JPMS), and builders that fail fast.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    strictBuilder = true)
public @interface AtelierStyle {}
