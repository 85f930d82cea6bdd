package vn.khaosat.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The detail of the 403 a resource method answers when the caller has none of the roles of its
 * {@code @RolesAllowed}, where the operation always said it in its own words: the message {@link
 * #key()} with the arguments {@link #args()} followed by the roles ("organizer, inspector, admin").
 * Without it, {@link ForbiddenProblemMapper} answers {@code problem.forbiddenRole} naming the
 * roles.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ForbiddenDetail {

  /** The message key, e.g. {@code cadre.personalField}. */
  String key();

  /** The arguments before the roles, e.g. the field named. */
  String[] args() default {};
}
