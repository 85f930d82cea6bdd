package vn.khaosat.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a create operation that honours {@code Idempotency-Key}: a retried request with the same
 * key and body returns the first response instead of creating a duplicate. The method must return a
 * JAX-RS {@code Response}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
  String HEADER = "Idempotency-Key";
  String REPLAYED = "Idempotent-Replayed";
}
