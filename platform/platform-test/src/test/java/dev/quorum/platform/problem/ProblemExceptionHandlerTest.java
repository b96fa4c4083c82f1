package dev.quorum.platform.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class ProblemExceptionHandlerTest {
    record Body(@NotBlank String name) {}

    @RestController
    static class FailingController {
        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internals at com.example.Foo");
        }

        @GetMapping("/missing")
        String missing() {
            throw new NotFoundException("No conference c-1.");
        }

        @GetMapping("/taken")
        String taken() {
            throw new ConflictException("The seat is taken.");
        }

        @GetMapping("/lost-race")
        String lostRace() {
            throw new TransientConflictException("The seat is busy; try again.");
        }

        @GetMapping("/busy")
        String busy() {
            throw new ServiceBusyException("Too much queued.", java.time.Duration.ofMillis(1500));
        }

        @PostMapping("/things")
        String create(@Valid @RequestBody Body body) {
            return body.name();
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemExceptionHandler())
            .build();

    @Test
    void unexpectedErrorsAreProblemsWithAnIncidentAndNoInternals() throws Exception {
        mvc.perform(get("/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/unexpected"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andExpect(content().string(Matchers.not(Matchers.containsString("com.example"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }

    @Test
    void notFoundAndConflictCarryTheirStableTypes() throws Exception {
        mvc.perform(get("/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("No conference c-1."));
        mvc.perform(get("/taken"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/conflict"));
    }

    @Test
    void aBusyServiceAsksTheClientToComeBackInWholeSeconds() throws Exception {
        mvc.perform(get("/busy"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/unavailable"))
                .andExpect(jsonPath("$.detail").value("Too much queued."));
    }

    @Test
    void aConflictFromAConcurrentChangeSaysWhenToRetryAndALastingOneDoesNot() throws Exception {
        mvc.perform(get("/lost-race"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/conflict"));
        mvc.perform(get("/taken")).andExpect(status().isConflict()).andExpect(header().doesNotExist("Retry-After"));
    }

    @Test
    void validationProblemsListEachField() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblemsToo() throws Exception {
        mvc.perform(post("/boom"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://quorum.dev/problems/bad-request"));
    }
}
