package vn.khaosat.problem;

/**
 * An input refused before any rule ran, that knows how to explain itself: a message key whose first
 * argument is the field (or parameter) at fault, then {@link #args()}.
 */
public interface InputFault {

  String messageKey();

  Object[] args();
}
