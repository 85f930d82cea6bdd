package vn.khaosat.survey.client;

import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The policies of every call to another service, inherited by each caller: a timeout per attempt,
 * one retry of a failure that may pass (connection refused, 5xx, timeout), and a circuit breaker
 * per method, so that a service that is down costs callers milliseconds, not seconds. Answers, "not
 * found" and refusals included, are neither retried nor counted.
 */
@Timeout(value = 2500, unit = ChronoUnit.MILLIS)
@Retry(
    maxRetries = 1,
    delay = 150,
    jitter = 50,
    retryOn = {UpstreamFailure.class, TimeoutException.class})
@CircuitBreaker(
    requestVolumeThreshold = 6,
    failureRatio = 0.5,
    delay = 5,
    delayUnit = ChronoUnit.SECONDS,
    failOn = {UpstreamFailure.class, TimeoutException.class})
public abstract class GuardedCalls {}
