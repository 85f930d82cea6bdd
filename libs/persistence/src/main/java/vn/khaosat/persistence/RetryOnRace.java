package vn.khaosat.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a replace (a PUT, a create-or-replace) that must never fail because another writer of the
 * same row ran at the same moment. The method runs in a transaction of its own and, when it loses a
 * race ({@link Races#lost}), runs again whole in a new one, a bounded number of times; the method
 * itself locks the row it replaces (a {@code PESSIMISTIC_WRITE} read), so concurrent replaces queue
 * on that lock and a retry is needed only when two first writes of one key meet. Called inside a
 * transaction already running, it joins it and leaves the retry to whoever owns that transaction.
 *
 * <p>Never on a true create (two POSTs of one natural key): that stays a 409 naming the key.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnRace {}
