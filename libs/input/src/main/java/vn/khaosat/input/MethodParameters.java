package vn.khaosat.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query and path parameters a resource method declares, {@code @BeanParam} fields included. */
record MethodParameters(Map<String, ParameterRule> query, Map<String, ParameterRule> path) {

  static MethodParameters of(Method method) {
    Map<String, ParameterRule> query = new LinkedHashMap<>();
    Map<String, ParameterRule> path = new LinkedHashMap<>();
    for (Parameter parameter : method.getParameters()) {
      collect(parameter, parameter.getParameterizedType(), query, path);
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Class<?> c = parameter.getType(); c != Object.class; c = c.getSuperclass()) {
          for (Field field : c.getDeclaredFields()) {
            collect(field, field.getGenericType(), query, path);
          }
        }
      }
    }
    return new MethodParameters(Map.copyOf(query), Map.copyOf(path));
  }

  private static void collect(
      AnnotatedElement element,
      Type type,
      Map<String, ParameterRule> query,
      Map<String, ParameterRule> path) {
    QueryParam q = element.getAnnotation(QueryParam.class);
    if (q != null) {
      query.put(q.value(), ParameterRule.of(q.value(), "query", type, element));
    }
    PathParam p = element.getAnnotation(PathParam.class);
    if (p != null) {
      path.put(p.value(), ParameterRule.of(p.value(), "path", type, element));
    }
  }
}
