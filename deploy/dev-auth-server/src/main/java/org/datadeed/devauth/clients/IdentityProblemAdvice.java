package org.datadeed.devauth.clients;

import java.net.URI;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** The identity API's refusals as RFC 9457 problems ({@code application/problem+json}). */
@RestControllerAdvice(assignableTypes = ApiClientsController.class)
class IdentityProblemAdvice {

    @ExceptionHandler(ClientProblem.class)
    ProblemDetail refused(ClientProblem problem) {
        return problem(problem.status(), problem.slug(), problem.title(), problem.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "The request is not valid",
                "Some fields are not valid");
        problem.setProperty("errors", invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList());
        return problem;
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class})
    ProblemDetail invalidParameter(Exception invalid) {
        return problem(HttpStatus.BAD_REQUEST, "validation-failed", "The request is not valid",
                "A path parameter or header is not valid");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "The request body cannot be read",
                "The body is not a valid JSON request");
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ClientProblem.TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
