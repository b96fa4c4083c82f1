/**
 * Seat allocation: turns the seats of a conference and the delegations and ranked choices of its
 * accepted schools into a proposal the Secretariat can review. Pure Java, no framework: {@link
 * dev.quorum.registration.allocation.domain.Allocator#allocate} is a function of its inputs and a
 * seed. The algorithm, its fairness property and its full-delegation guarantee are explained on
 * {@link dev.quorum.registration.allocation.domain.Allocator} and in ADR 0009.
 */
package dev.quorum.registration.allocation.domain;
