Feature: Faults of the wire
  Each fault a vendor's service or network can play, on both faces: the
  lead is never changed, and the outcome has the failure class of A36 (or
  the rule named). The time-outs are a second or more, which hold on a busy
  machine.

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
    And the service answers 200 "OK" with body:
      """
      {"company": "New Co", "pad": "0123456789"}
      """

  @A36
  Scenario: A reset in the middle of the body
    Given the service resets the connection in the body
    When the webhook is called
    Then the failure is "reset"
    And the field "Company Name" is unchanged

  @A36
  Scenario: Broken chunked encoding
    Given the service breaks the chunked encoding
    When the webhook is called
    Then the failure is "transport"
    And the field "Company Name" is unchanged

  @R17
  Scenario: A slow drip past the time-out
    Given the time-out is 1000 ms
    And the service drips the body a byte at a time
    When the webhook is called
    Then the failure is "timeout"
    And the field "Company Name" is unchanged

  @A36
  Scenario: A TLS handshake answered in plain HTTP
    Given the TLS handshake fails
    When the webhook is called
    Then the failure is "transport"
    And no request was sent
    And the field "Company Name" is unchanged

  @A33
  Scenario: A gzip body nobody asked for
    Given the service sends the body gzip-compressed unasked
    When the webhook is called
    Then the recorded code is 200
    And the failure is "unparseable"
    And the field "Company Name" is unchanged

  @A11
  Scenario: A redirect loop without the knob records the redirect
    Given the service redirects every request to itself
    When the webhook is called
    Then the recorded code is 302
    And the field "Company Name" is unchanged

  @A11
  Scenario: A redirect loop under the knob fails the call
    Given the option "FollowRedirects" is on
    And the service redirects every request to itself
    When the webhook is called
    Then the failure is "transport"
    And no HTTP status was recorded
    And the field "Company Name" is unchanged

  @A37
  Scenario: Headers over 1 MiB
    Given the service sends over 1 MiB of headers
    When the webhook is called
    Then the failure is "transport"
    And no HTTP status was recorded
    And the field "Company Name" is unchanged

  @A12
  Scenario: A body of 100 MiB
    Given the service sends a body of 100 MiB
    When the webhook is called
    Then the recorded code is 200
    And the failure is "too-large"
    And the field "Company Name" is unchanged

  @A36
  Scenario: Seeded chaos resets the same connections on every run
    Given 40 leads
    And the service resets 30% of connections (seed 42)
    When the webhook is called for each lead
    Then 12 of the calls failed with "reset"
    And each lead was sent exactly one request
