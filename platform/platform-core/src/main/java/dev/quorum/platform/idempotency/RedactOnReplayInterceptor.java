package dev.quorum.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the filter, which runs before any handler is chosen, which fields of the chosen handler's
 * answer are secret ({@link RedactOnReplay}).
 */
final class RedactOnReplayInterceptor implements HandlerInterceptor {
    private static final String ATTRIBUTE = RedactOnReplayInterceptor.class.getName() + ".fields";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RedactOnReplay.class)) {
            request.setAttribute(
                    ATTRIBUTE,
                    List.of(method.getMethodAnnotation(RedactOnReplay.class).value()));
        }
        return true;
    }

    /** The secret fields of the answer to {@code request}; empty when it has none. */
    @SuppressWarnings("unchecked")
    static List<String> secretFields(HttpServletRequest request) {
        Object fields = request.getAttribute(ATTRIBUTE);
        return fields == null ? List.of() : (List<String>) fields;
    }
}
