package dev.quorum.registration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Conferences, schools, delegates, seat allocation, fees, accounts and token issuing. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistrationApplication {
    public static void main(String[] args) {
        SpringApplication.run(RegistrationApplication.class, args);
    }
}
