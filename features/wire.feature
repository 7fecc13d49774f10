Feature: What goes on the wire
  The request as it is sent, every header included (A33-A35), the charset of
  the answer (A32) and one name per transport failure (A36). Each scenario
  passes on both faces: the in-process one adds what net/http's client adds.

  Background:
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
    And the payload template:
      """
      {"email": {{lead.Email Address}}}
      """
    And the response mappings:
      | attribute | field   |
      | company   | company |
    And a lead with:
      | field         | value           |
      | Email Address | ada@example.com |
      | Company Name  | Old Co          |

  @A33 @A34
  Scenario: The request carries the model's own headers and asks for no compression
    Given the service answers 200 "OK" with body:
      """
      {"company": "Acme"}
      """
    When the webhook is called
    Then the request header "User-Agent" is "Go-http-client/1.1"
    And the request header "Content-Length" is "28"
    And the request header "Content-Type" is "application/json"
    And the request has no header "Accept-Encoding"
    And the field "Company Name" is "Acme"

  @A34
  Scenario: A custom User-Agent replaces the model's
    Given the custom header "User-Agent" is "Marketo-Webhooks"
    And the service answers 200 "OK" with body:
      """
      {"company": "Acme"}
      """
    When the webhook is called
    Then the request header "User-Agent" is "Marketo-Webhooks"

  @A35
  Scenario: Credentials in the URL go out as Basic authentication
    Given a webhook "Enrich" that sends POST to "https://ann:s3cret@enrich.vendor.example/v1/score"
    And the service answers 200 "OK" with body:
      """
      {"company": "Acme"}
      """
    When the webhook is called
    Then the request header "Authorization" is "Basic YW5uOnMzY3JldA=="

  @A32
  Scenario: A body in the charset its Content-Type declares is read in that charset
    Given the service answers 200 "OK" with base64 body "eyJjb21wYW55IjogIk38bGxlciBHbWJIIn0="
    And the answer has the header "Content-Type" "application/json; charset=ISO-8859-1"
    When the webhook is called
    Then the recorded code is 200
    And the field "Company Name" is "Müller GmbH"

  @A32
  Scenario: A body that is not UTF-8 and declares no charset writes nothing
    Given the service answers 200 "OK" with base64 body "eyJjb21wYW55IjogIk38bGxlciBHbWJIIn0="
    And the answer has the header "Content-Type" "application/json"
    When the webhook is called
    Then the recorded code is 200
    And the field "Company Name" is unchanged
    And the mapping "company" was skipped under A32

  @A36
  Scenario: A reset connection and a body cut short have different names
    Given the service resets the connection
    When the webhook is called
    Then the failure is "reset"
    And the Error Type is "Connection reset"
    And no HTTP status was recorded

  @A38 @R3 @A17
  Scenario: Status lines written by hand keep their connection, and every lead still gets one request and its answer
    Given 12 leads
    And the service answers 503 "Backend Down" with body:
      """
      {"error": "down"}
      """
    When the webhook is called for each lead
    Then each lead was sent exactly one request
    And the recorded code is 503
    And the Error Type is "Backend Down"
    And no lead field changed
