Feature: Where a webhook runs
  The Call Webhook flow step works only in trigger campaigns (R1); in a batch
  campaign Marketo records code 1000 and sends nothing (R2). Each person who
  enters the flow gets one request (R3), and the flow waits for the answer
  (R4). One instance keeps at most 20 calls in flight; more queue (A1).

  Background:
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score?email={{lead.Email Address}}"
    And the payload template:
      """
      {"email": {{lead.Email Address}}}
      """
    And the response mappings:
      | attribute | field     |
      | score     | leadScore |
    And a lead with:
      | field         | value           |
      | Email Address | ada@example.com |
      | Lead Score    | 10              |

  @R1
  Scenario: In a trigger campaign the step sends its request and maps the answer
    Given the step runs in a trigger campaign
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the number of requests sent is 1
    And the recorded code is 200
    And the field "Lead Score" is "42"

  @R1 @R2 @A17 @A18
  Scenario: In a batch campaign Marketo records 1000 and sends nothing
    Given the step runs in a batch campaign
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then no request was sent
    And the recorded code is 1000
    And the Error Type is "Webhook called from a batch campaign (runs only in trigger campaigns)"
    And no lead field changed
    And a Call Webhook activity was recorded
    And the activity records that no request was sent

  @R2
  Scenario: A batch campaign sends nothing for any of its leads
    Given the step runs in a batch campaign
    And 5 leads
    When the webhook is called for each lead
    Then no request was sent
    And the recorded code is 1000
    And no lead field changed

  @R3
  Scenario: Every lead that enters the flow gets exactly one request
    Given 12 leads
    And the service answers 200 "OK" with body:
      """
      {"score": 7}
      """
    When the webhook is called for each lead
    Then the number of requests sent is 12
    And each lead was sent exactly one request
    And the field "Lead Score" is "7"

  @R4
  Scenario: The flow waits for the service's answer
    Given the service answers after 60 ms
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then every call took at least 60 ms
    And the field "Lead Score" is "42"

  @A1 @R4
  Scenario: At most 20 calls are in flight; the rest queue and still succeed
    Given 25 leads
    And the service holds its answers until 20 requests are in
    And the service answers after 80 ms
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called for each lead
    Then at most 20 calls were in flight at once
    And at least 20 calls were in flight at once
    And the calls took at least 160 ms in all
    And the number of requests sent is 25
    And the recorded code is 200
    And the field "Lead Score" is "42"

  @A1
  Scenario: The concurrency limit is a knob
    Given the option "MaxConcurrent" is 3
    And 7 leads
    And the service answers after 40 ms
    When the webhook is called for each lead
    Then at most 3 calls were in flight at once
    And the calls took at least 120 ms in all
    And the number of requests sent is 7
