# hookcert certification profile 1.0: time and load.
Feature: Answers in time, under Marketo's load
  The flow waits for every answer (R4), Marketo gives up after 30 s (R17),
  and one instance keeps up to 20 calls in flight (A1).

  @check:latency @R4 @R17
  Scenario: The p95 latency is within the budget and far inside 30 s
    When each sample lead is sent to the endpoint
    Then the p95 latency is within the budget
    And the slowest answer took at most 10 s

  @check:load @A1
  Scenario: Twenty calls in flight get usable answers
    When 20 calls are kept in flight for the load requests
    Then at most 1 % of the answers under load are not usable

  @check:load-latency @A1 @warn
  Scenario: Latency under load stays near latency at rest
    When 20 calls are kept in flight for the load requests
    Then the p95 latency under load is at most 3 times the idle p95
