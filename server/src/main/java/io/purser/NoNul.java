package io.purser;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text with no NUL character. PostgreSQL cannot store one in a text column, so a request carrying
 * one is refused with 400 before it reaches a store (ApiFuzzIT found 500s without it). Shared by
 * the modules' request bodies.
 */
@Pattern(regexp = "[^\\x00]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoNul {

  String message() default "must not contain NUL characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
