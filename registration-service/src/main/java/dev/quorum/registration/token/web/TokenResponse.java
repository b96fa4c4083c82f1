package dev.quorum.registration.token.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth2-style token answer: {@code {access_token, token_type, expires_in}}. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {}
