package vn.khaosat.cadre.api.access;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer may carry cadres' personal fields: the method names them with
 * {@link HandedPersonalData#of}, and {@link PersonalDataResponseFilter} records them in the access
 * log before the body is written.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CarriesPersonalData {}
