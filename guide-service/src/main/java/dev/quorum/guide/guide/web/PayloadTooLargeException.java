package dev.quorum.guide.guide.web;

import dev.quorum.platform.problem.ApiProblemException;
import dev.quorum.platform.problem.ProblemTypes;

/** Answered with HTTP 413: the imported text is larger than this service accepts. */
class PayloadTooLargeException extends ApiProblemException {
    PayloadTooLargeException(long maxBytes) {
        super(
                413,
                ProblemTypes.PAYLOAD_TOO_LARGE,
                "Payload too large",
                "A guide's text may have at most " + maxBytes + " bytes.");
    }
}
