# hookcert certification profile 1.0: answers Marketo can use.
# Each scenario is one check; its @check: tag is the check's id, its @R/@A
# tags the rules it traces to (docs/rules.md), and @warn marks a check whose
# failures are warnings: they do not stop certification.
Feature: Answers Marketo can use
  Marketo maps an answer into lead fields only when it is a 2xx (R18) with a
  body (R20: else code 1001) that parses as the webhook's Response Type
  (R9, A16). The sample leads are sent once and every check reads their
  answers.

  @check:answers @R18 @R19 @R20 @R9 @A16
  Scenario: Every sample lead gets a 2xx answer with a body that parses
    When each sample lead is sent to the endpoint
    Then every answer has a 2xx status
    And no answer body is empty
    And every answer body parses as the Response Type

  @check:content-type @R9 @A16 @warn
  Scenario: Every answer declares the Content-Type of the Response Type
    When each sample lead is sent to the endpoint
    Then every answer declares a Content-Type of the Response Type

  @check:mappings @R11 @R22 @R23 @R24 @R25 @R26 @A19 @A20 @A21 @A22
  Scenario: Every mapping fills its field, lead by lead
    When each sample lead is sent to the endpoint
    Then every mapping fills its field

  @check:repeat @A10 @warn
  Scenario: The same lead twice gets the same mapped values
    When each sample lead is sent to the endpoint
    And each sample lead is sent again
    Then each lead gets the same mapped values both times
