package dev.quorum.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single public entry point of Quorum: routes the resource-oriented API to the four services,
 * checks tokens, limits clients, breaks circuits and relays live streams. The token decoder comes
 * from the platform's auto-configuration.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
