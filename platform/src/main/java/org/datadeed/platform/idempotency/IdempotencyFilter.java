package org.datadeed.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.datadeed.platform.problem.ProblemType;
import org.datadeed.platform.problem.Problems;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.CurrentCaller;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours the {@code Idempotency-Key} header on every POST: the first request with a key runs and its response is
 * kept; a retry with the same key and the same request gets that response again (with
 * {@code Idempotent-Replayed: true}) and changes nothing; the same key with a different request is refused with
 * {@code idempotency-key-reused}. Keys are scoped to the caller, so two callers never see each other's responses.
 * <p>
 * The claim of the key, everything the request changes and the response it answers with are one transaction: either
 * all of them are kept or none is, so no crash between a change and its recorded response can let a retry make the
 * change twice. A retry while the first request still runs waits for it and gets its response (or, after the
 * database's lock timeout, {@code idempotency-key-in-use}). A refused request (a rule, a missing right) changes
 * nothing and its answer is kept on its own. Server errors and conflicts (409) keep nothing, so the request can be
 * retried.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Request attribute under which handlers find the key, e.g. to derive a stable identifier from it. */
    public static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";

    private static final Pattern VALID_KEY = Pattern.compile("^[A-Za-z0-9_.:-]{8,128}$");

    private final IdempotencyStore store;
    private final CurrentCaller currentCaller;
    private final Problems problems;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final PlatformTransactionManager transactions;

    public IdempotencyFilter(IdempotencyStore store, CurrentCaller currentCaller, Problems problems,
                             IdempotencyProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.transactions = transactions;
        this.store = store;
        this.currentCaller = currentCaller;
        this.problems = problems;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED,
                    "Idempotency-Key must be 8 to 128 characters of letters, digits, '_', '.', ':' or '-'");
            problems.write(request, response, problem);
            return;
        }
        Optional<Caller> caller = currentCaller.find();
        String scope = caller.map(Caller::actor).orElse("anonymous");
        HttpServletRequest readable = request;
        String requestHash;
        if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
            try {
                requestHash = multipartHash(request);
            } catch (IllegalStateException | ServletException | IOException unreadable) {
                ProblemType type = isSizeLimit(unreadable) ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.MALFORMED_REQUEST;
                problems.write(request, response, Problems.of(type, type == ProblemType.PAYLOAD_TOO_LARGE
                        ? "The upload exceeds the size limit" : "The multipart request cannot be read"));
                return;
            }
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            readable = new CachedBodyRequest(request, body);
            requestHash = hash(request, body);
        }

        UUID owner = UUID.randomUUID();
        TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
        boolean open = true;
        try {
            Answer instead = claim(scope, key, requestHash, owner);
            if (instead != null) {
                open = false;
                transactions.rollback(transaction);
                instead.write(request, response);
                return;
            }
            readable.setAttribute(KEY_ATTRIBUTE, key);
            ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
            chain.doFilter(readable, recorded);
            int status = recorded.getStatus();
            if (isFinal(status) && !transaction.isRollbackOnly()) {
                store.complete(scope, key, owner, status, recorded.getContentType(), recorded.getHeader("Location"),
                        recorded.getContentAsByteArray());
                open = false;
                transactions.commit(transaction);
            } else {
                open = false;
                transactions.rollback(transaction);
                if (status < 400) {
                    // a success answered although a change failed and the transaction was undone: never sent or kept
                    throw new IllegalStateException("Answered " + status + " to " + request.getRequestURI()
                            + " although its changes were rolled back");
                }
                if (isFinal(status)) {
                    // refused (a rule, a missing right): nothing changed, so its answer is kept on its own
                    store.record(scope, key, requestHash, status, recorded.getContentType(),
                            recorded.getHeader("Location"), recorded.getContentAsByteArray());
                }
            }
            recorded.copyBodyToResponse();
        } finally {
            if (open) {
                transactions.rollback(transaction);
            }
        }
    }

    /** What a request gets instead of running: a replay of the first response, or a problem. */
    private interface Answer {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /**
     * Claims the key in the request's transaction; null once it is claimed. A concurrent request with the same key
     * holds its claim until it commits or rolls back, so this waits for it (up to the database's lock timeout) and
     * then answers with its outcome.
     */
    private Answer claim(String scope, String key, String requestHash, UUID owner) {
        try {
            if (store.claim(scope, key, requestHash, owner)) {
                return null;
            }
        } catch (PessimisticLockingFailureException stillRunning) {
            return stillRunning();
        }
        Optional<IdempotencyStore.Entry> existing = store.find(scope, key);
        if (existing.isEmpty()) {
            return stillRunning();
        }
        IdempotencyStore.Entry entry = existing.get();
        if (!entry.requestHash().equals(requestHash)) {
            return (request, response) -> problems.write(request, response, Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was first used for a different request; use a new key for a new request"));
        }
        if (entry.completed()) {
            return (request, response) -> replay(response, entry);
        }
        // a claim kept without its answer: only a version that claimed in a transaction of its own left such rows
        boolean stale = entry.lockedAt().plus(properties.lockTimeout()).isBefore(clock.instant());
        return stale && store.takeOver(scope, key, entry.lockedAt(), owner) ? null : stillRunning();
    }

    private Answer stillRunning() {
        return (request, response) -> {
            response.setHeader("Retry-After", "1");
            problems.write(request, response, Problems.of(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "The first request with this Idempotency-Key is still being processed; retry in a moment"));
        };
    }

    /**
     * Whether a response is the request's final answer, to be replayed. Server errors and conflicts (409: the state
     * changed meanwhile, or a concurrent modification) are not: the request's transaction rolls back, its claim of the
     * key included, and a retry runs again, which repeats nothing that happened, since nothing did.
     */
    private static boolean isFinal(int status) {
        return status < 500 && status != 409;
    }

    private static void replay(HttpServletResponse response, IdempotencyStore.Entry entry) throws IOException {
        response.setStatus(entry.status());
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader("Location", entry.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (entry.body() != null) {
            response.getOutputStream().write(entry.body());
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String multipartHash(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Part part : request.getParts()) {
            digest.update((part.getName() + "\0" + part.getSubmittedFileName() + "\0").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isSizeLimit(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request whose body was read once to hash it and can be read again by the handler. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
