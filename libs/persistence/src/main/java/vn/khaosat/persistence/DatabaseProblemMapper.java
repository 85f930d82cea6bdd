package vn.khaosat.persistence;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.khaosat.problem.ApiProblem;

/**
 * What the database refuses, however it reaches a resource (at a flush, at commit, wrapped by the
 * transaction manager), as a problem and never a 500: a unique key or a reference is a 409 naming
 * the constraint, a lost optimistic race a 409 "reload and retry", a serialization failure or a
 * deadlock or a lock not granted in time a 409 "retry". The one place this is decided, for every
 * service. A value the database cannot hold (SQLState class 22) stays a 500 on purpose: the input
 * policy must refuse it first, and the boundary fuzz test finds the field that lets it through.
 */
public class DatabaseProblemMapper {

  @ServerExceptionMapper(
      priority = 10,
      value = {
        PersistenceException.class,
        JDBCException.class,
        StaleStateException.class,
        jakarta.transaction.RollbackException.class,
        jakarta.transaction.TransactionalException.class,
        io.quarkus.narayana.jta.QuarkusTransactionException.class,
        io.quarkus.arc.ArcUndeclaredThrowableException.class
      })
  public Response refused(Exception exception, UriInfo uriInfo) {
    HttpProblem problem = problemFor(exception).orElse(null);
    if (problem == null) {
      problem = HttpProblem.builder().withStatus(500).build();
    }
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(
            problem,
            ProblemContext.of(problem instanceof ApiProblem ? problem : exception, uriInfo))
        .toResponse();
  }

  /** The problem a database refusal means, or empty when it is not one this class knows. */
  static Optional<HttpProblem> problemFor(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return Optional.of(ApiProblem.conflict("problem.concurrentUpdate"));
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return forState(sql);
      }
    }
    return Optional.empty();
  }

  private static Optional<HttpProblem> forState(SQLException sql) {
    String state = sql.getSQLState();
    String constraint = Constraints.name(sql);
    return switch (state) {
      case "23505" -> Optional.of(ApiProblem.conflict("problem.duplicate", constraint));
      case "23503" -> Optional.of(ApiProblem.conflict("problem.reference", constraint));
      case "23514", "23502", "23P01" ->
          Optional.of(ApiProblem.conflict("problem.constraint", constraint));
      // 55P03: a lock not granted within the wait (Transactions.exclusively)
      case "40001", "40P01", "55P03" -> Optional.of(ApiProblem.conflict("problem.retry"));
      default -> Optional.empty();
    };
  }
}
