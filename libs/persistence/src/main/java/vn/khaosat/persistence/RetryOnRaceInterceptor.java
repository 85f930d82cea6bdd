package vn.khaosat.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a {@link RetryOnRace} method in a new transaction, again on a lost race. It comes before
 * {@code @Transactional} (whose interceptor has {@code PLATFORM_BEFORE + 200}): a retry inside the
 * transaction that failed could not work, since PostgreSQL refuses every statement after an error
 * until the rollback, and the lost row would still be the one read.
 */
@RetryOnRace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnRaceInterceptor {

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    if (QuarkusTransaction.isActive()) {
      return invocation.proceed();
    }
    return Races.retried(() -> QuarkusTransaction.requiringNew().call(invocation::proceed));
  }
}
