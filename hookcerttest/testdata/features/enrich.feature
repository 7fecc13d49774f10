Feature: Enrich a new lead with its score

  Background:
    Given the webhook from "webhook.yaml"
    And a lead with:
      | field         | value           |
      | Email Address | ada@example.com |
      | Lead Score    | 10              |

  @R18
  Scenario: A 200 with a score writes it into the lead
    Given the service answers 200 "OK" with the body from "answer.json"
    When the webhook is called
    Then the recorded code is 200
    And the field "Lead Score" is "42"
    And the request JSON value "email" is "ada@example.com"

  @R18 @R19
  Scenario: A 503 then a retry: the second answer is the one written
    Given the service answers in turn:
      | code | reason       | body          |
      | 503  | Backend Down |               |
      | 200  | OK           | {"score": 42} |
    When the webhook is called
    Then the recorded code is 503
    And no lead field was written
    When the webhook is called again
    Then the field "Lead Score" is "42"
    And the number of requests sent is 2
