Feature: Our scoring webhook, as QA wrote it

  Background:
    Given the webhook from "score.yaml"
    And a lead with:
      | field         | value           |
      | Email Address | ada@example.com |
      | Lead Score    | 10              |

  @R18
  Scenario: The score the service answers is written into the lead
    Given the service answers 200 "OK" with the body from "answer.json"
    When the webhook is called
    Then the recorded code is 200
    And the lead is:
      | field      | value |
      | Lead Score | 42    |
    And the request query parameter "campaign" is "Enrich New Leads"

  @R18
  Scenario: A 503 writes nothing, the retry does
    Given the service answers in turn:
      | code | reason       | body          |
      | 503  | Backend Down |               |
      | 200  | OK           | {"score": 42} |
    When the webhook is called
    Then the Error Type is "Backend Down"
    And no lead field was written
    When the webhook is called again
    Then the field "Lead Score" is "42"

  @A12
  Scenario: An answer over the cap is not read
    Given the service answers 200 "OK" with a body of 100 bytes
    When the webhook is called
    Then the failure is "too-large"
    And no lead field was written
