/**
 * What an operator sees of a running instance: {@link org.relactation.bot.operations.Metrics} (named counters and
 * timers, Micrometer behind them, Prometheus text out) and {@link org.relactation.bot.operations.OperatorEndpoints}
 * ({@code /healthz} and {@code /metrics} on their own port). Counts and durations only: never texts, ids or tokens.
 *
 * <p>Depends on: nothing (see rules/ArchitectureTest for the one known exception).
 */
package org.relactation.bot.operations;
