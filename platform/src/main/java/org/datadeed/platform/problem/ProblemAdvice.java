package org.datadeed.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.domain.IllegalTransition;
import org.datadeed.platform.domain.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Every error a DataDeed service returns is an RFC 9457 problem with a stable {@code type}: Spring MVC's own
 * errors, validation, the domain's refusals, and anything unexpected (logged, never leaked).
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ours(ex) ? ((ErrorResponse) ex).getBody()
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        boolean typed = problem.getType() != null && problem.getType().toString().startsWith(ProblemType.BASE);
        if (!typed) {
            ProblemType type = typeOf(ex, statusCode);
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            problem.setDetail("The request has invalid fields");
            problem.setProperty("errors", fieldErrors(invalid.getBindingResult().getFieldErrors()));
        } else if (ex instanceof HandlerMethodValidationException invalid) {
            problem.setDetail("The request has invalid parameters");
            List<Map<String, String>> errors = new ArrayList<>();
            invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                    errors.add(Map.of("field", result.getMethodParameter().getParameterName() == null ? "?"
                            : result.getMethodParameter().getParameterName(),
                            "message", String.valueOf(error.getDefaultMessage())))));
            problem.setProperty("errors", errors);
        } else if (ex instanceof HttpMessageNotReadableException) {
            problem.setDetail("The request body is missing or is not valid JSON for this operation");
        }
        instance(problem, request);
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    /** A problem a controller built itself (an {@link ErrorResponse} with a DataDeed type): it goes out as built. */
    private static boolean ours(Exception ex) {
        return ex instanceof ErrorResponse response && response.getBody().getType() != null
                && response.getBody().getType().toString().startsWith(ProblemType.BASE);
    }

    private static ProblemType typeOf(Exception ex, HttpStatusCode status) {
        if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
            return ProblemType.VALIDATION_FAILED;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return ProblemType.MALFORMED_REQUEST;
        }
        if (ex instanceof NoResourceFoundException) {
            return ProblemType.NOT_FOUND;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ProblemType.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE;
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return ProblemType.PAYLOAD_TOO_LARGE;
        }
        return switch (status.value()) {
            case 400 -> ProblemType.VALIDATION_FAILED;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is5xxServerError() ? ProblemType.INTERNAL_ERROR : ProblemType.VALIDATION_FAILED;
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED,
                "Parameter '%s' has an invalid value".formatted(ex.getName()));
        problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
        return respond(problem, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, "The request is not valid");
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage())).toList());
        return respond(problem, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.FORBIDDEN, "Your role or organisation does not allow this"), request);
    }

    @ExceptionHandler({DomainRuleViolation.class, IllegalTransition.class, NotFound.class, Forbidden.class,
            AggregateNotFoundException.class, ConcurrencyException.class, CommandExecutionException.class,
            EventStoreException.class})
    ResponseEntity<ProblemDetail> domain(RuntimeException ex, HttpServletRequest request) {
        Throwable cause = rootDomainCause(ex);
        ProblemDetail problem;
        if (cause instanceof DomainRuleViolation violation) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, violation.getMessage());
            problem.setType(ProblemType.ruleType(violation.rule()));
            problem.setTitle("Refused by rule " + violation.rule());
            problem.setProperty("rule", violation.rule());
        } else if (cause instanceof IllegalTransition transition) {
            problem = Problems.of(ProblemType.ILLEGAL_TRANSITION, transition.getMessage());
            problem.setProperty("currentState", transition.from());
        } else if (cause instanceof NotFound || cause instanceof AggregateNotFoundException) {
            problem = Problems.of(ProblemType.NOT_FOUND, cause instanceof NotFound ? cause.getMessage() : "No such resource");
        } else if (cause instanceof Forbidden) {
            problem = Problems.of(ProblemType.FORBIDDEN, cause.getMessage());
        } else if (cause instanceof ConcurrencyException) {
            problem = Problems.of(ProblemType.CONCURRENT_MODIFICATION, "The resource was changed meanwhile; read it again and retry");
        } else {
            return unexpected(ex, request);
        }
        return respond(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it has been logged"), request);
    }

    private static Throwable rootDomainCause(Throwable ex) {
        Throwable current = ex;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof DomainRuleViolation || current instanceof IllegalTransition || current instanceof NotFound
                    || current instanceof Forbidden || current instanceof AggregateNotFoundException
                    || current instanceof ConcurrencyException) {
                return current;
            }
            current = current.getCause();
        }
        return ex;
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
    }

    private static void instance(ProblemDetail problem, WebRequest request) {
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
