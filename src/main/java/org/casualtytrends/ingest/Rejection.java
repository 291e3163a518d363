package org.casualtytrends.ingest;

import org.casualtytrends.model.RejectReason;

import java.io.IOException;

/**
 * A decoding failure with its reject reason. An IOException so that it passes unchanged through the
 * stream layers (gzip, tar) between where it is raised and where the record is made.
 */
final class Rejection extends IOException {
    private static final long serialVersionUID = 1L;

    private final RejectReason reason;

    Rejection(RejectReason reason) {
        this(reason, null);
    }

    Rejection(RejectReason reason, Throwable cause) {
        super(reason.code(), cause);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }

    /** The rejection {@code failure} is or wraps, else a new one for {@code otherwise}. */
    static Rejection of(Throwable failure, RejectReason otherwise) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Rejection rejection) {
                return rejection;
            }
        }
        return new Rejection(otherwise, failure);
    }

    /** Rejections are expected outcomes of bad input, met per line: skip the stack walk. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
