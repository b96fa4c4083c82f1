package dev.quorum.committee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Committees, seats, chairs and the live session: roll call, speakers, motions, documents. */
@SpringBootApplication
public class CommitteeApplication {
    public static void main(String[] args) {
        SpringApplication.run(CommitteeApplication.class, args);
    }
}
