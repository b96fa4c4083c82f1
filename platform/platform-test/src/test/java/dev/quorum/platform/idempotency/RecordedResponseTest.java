package dev.quorum.platform.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

class RecordedResponseTest {

    @Test
    void keepsTheAnswerWithoutItsSecretAndNamesWhatItLeftOut() throws IOException {
        RecordedResponse kept = RecordedResponse.of(
                answer(201, "application/json", "{\"id\":\"d-1\",\"accessCode\":\"ABCD-EFGH-JKLM\"}"),
                List.of("accessCode"));

        assertThat(new String(kept.body(), UTF_8)).isEqualTo("{\"id\":\"d-1\"}");
        assertThat(kept.withheld()).containsExactly("accessCode");
    }

    @Test
    void anAnswerWithoutTheSecretFieldIsKeptWholeAndClaimsNothingLeftOut() throws IOException {
        String problem = "{\"type\":\"https://quorum.dev/problems/conflict\",\"status\":409}";

        RecordedResponse kept =
                RecordedResponse.of(answer(409, "application/problem+json", problem), List.of("accessCode"));

        assertThat(new String(kept.body(), UTF_8)).isEqualTo(problem);
        assertThat(kept.withheld()).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsNotKeptWhenItMayHoldASecret() throws IOException {
        RecordedResponse kept =
                RecordedResponse.of(answer(200, "text/plain", "accessCode=ABCD-EFGH-JKLM"), List.of("accessCode"));

        assertThat(kept.body()).isEmpty();
        assertThat(kept.withheld()).containsExactly("accessCode");
    }

    @Test
    void onlyAnswersThatDoNotAskForARetryAreLasting() {
        assertThat(RecordedResponse.isLasting(status(201, null))).isTrue();
        assertThat(RecordedResponse.isLasting(status(409, null))).isTrue();
        assertThat(RecordedResponse.isLasting(status(409, "1"))).isFalse();
        assertThat(RecordedResponse.isLasting(status(429, null))).isFalse();
        assertThat(RecordedResponse.isLasting(status(503, "2"))).isFalse();
        assertThat(RecordedResponse.isLasting(status(500, null))).isFalse();
    }

    private static ContentCachingResponseWrapper answer(int status, String contentType, String body)
            throws IOException {
        ContentCachingResponseWrapper response = new ContentCachingResponseWrapper(new MockHttpServletResponse());
        response.setStatus(status);
        response.setContentType(contentType);
        response.getOutputStream().write(body.getBytes(UTF_8));
        return response;
    }

    private static MockHttpServletResponse status(int status, String retryAfter) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        return response;
    }
}
