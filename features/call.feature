Feature: The call
  Marketo waits at most 30 seconds (R17; the scenarios shorten it), makes one
  attempt (A10), does not follow redirects (A11), reads at most 1 MiB of the
  answer (A12) and verifies the service's certificate (A13).

  Background:
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
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

  @R17 @A17
  Scenario: A service that never answers times out
    Given the time-out is 400 ms
    And the service never answers
    When the webhook is called
    Then the failure is "timeout"
    And no HTTP status was recorded
    And the Error Type mentions "time"
    And no lead field changed
    And a Call Webhook activity was recorded

  @R17 @R4
  Scenario: An answer slower than the time-out is not waited for
    Given the time-out is 400 ms
    And the service answers after 5000 ms
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the failure is "timeout"
    And the field "Lead Score" is unchanged

  @R17
  Scenario: An answer within the time-out is used
    Given the time-out is 5000 ms
    And the service answers after 30 ms
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the failure is ""
    And the field "Lead Score" is "42"

  @A10
  Scenario Outline: No retry after <code>
    Given the service answers <code> "<reason>" with body:
      """
      {"error": "try later"}
      """
    When the webhook is called
    Then the number of requests sent is 1
    And the recorded code is <code>

    Examples:
      | code | reason                |
      | 429  | Too Many Requests     |
      | 500  | Internal Server Error |
      | 503  | Service Unavailable   |

  @A10 @A17
  Scenario: No retry after a reset connection
    Given the service resets the connection
    When the webhook is called
    Then the number of requests sent is 1
    And the failure is "reset"
    And no HTTP status was recorded
    And no lead field changed

  @A11
  Scenario Outline: A <code> redirect is not followed
    Given the service answers <code> "<reason>" with body:
      """
      {"score": 42}
      """
    And the answer has the header "Location" "https://enrich.vendor.example/v2/score"
    When the webhook is called
    Then the number of requests sent is 1
    And the recorded code is <code>
    And the Error Type is "<reason>"
    And no lead field changed

    Examples:
      | code | reason             |
      | 301  | Moved Permanently  |
      | 302  | Found              |
      | 307  | Temporary Redirect |
      | 308  | Permanent Redirect |

  @A11
  Scenario: Without the knob a redirect ends the call
    Given the service redirects with 302 to "https://enrich.vendor.example/v2/score"
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the number of requests sent is 1
    And the recorded code is 302
    And the field "Lead Score" is unchanged

  @A11
  Scenario: Under the knob a redirect is followed to its answer
    Given the option "FollowRedirects" is on
    And the service redirects with 307 to "https://enrich.vendor.example/v2/score"
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the number of requests sent is 2
    And the request method is "POST"
    And the recorded code is 200
    And the field "Lead Score" is "42"

  @A13 @A17
  Scenario Outline: Over HTTP/2 the Error Type is the standard phrase: <code>
    Given the service speaks HTTP/2
    And the service answers <code> "<sent>" with body:
      """
      {"error": 1}
      """
    When the webhook is called
    Then the recorded code is <code>
    And the Error Type is "<reason>"
    And the Response is "{\"error\": 1}"

    Examples:
      | code | sent         | reason    |
      | 404  | Gone Fishing | Not Found |
      | 599  | Odd          |           |

  @A13
  Scenario: Over HTTP/2 a 200 is mapped
    Given the service speaks HTTP/2
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the recorded code is 200
    And the field "Lead Score" is "42"

  @A12
  Scenario: A body over 1 MiB is an error and is never mapped
    Given the service answers 200 "OK" with a body of 1048577 bytes
    When the webhook is called
    Then the failure is "too-large"
    And no lead field changed

  @A12
  Scenario: A body of exactly 1 MiB is read
    Given the response mappings:
      | attribute | field      |
      | pad       | personNotes |
    And the service answers 200 "OK" with a body of 1048576 bytes
    When the webhook is called
    Then the failure is ""
    And the recorded code is 200
    And the mapping "pad" was skipped under A22

  @A12
  Scenario: The size cap is a knob
    Given the option "MaxBodyBytes" is 16
    And the service answers 200 "OK" with body:
      """
      {"score": 4200000000}
      """
    When the webhook is called
    Then the failure is "too-large"
    And no lead field changed

  @A13 @A17
  Scenario: A certificate the caller does not trust fails the call
    Given the service presents an untrusted certificate
    When the webhook is called
    Then the failure is "tls"
    And no HTTP status was recorded
    And the Error Type mentions "TLS"
    And no lead field changed

  @A13
  Scenario: A trusted certificate on the webhook's own https URL works
    Given the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the request URL is "https://enrich.vendor.example/v1/score"
    And the field "Lead Score" is "42"

  @A17
  Scenario: A refused connection records no status and names the failure
    Given the service refuses the connection
    When the webhook is called
    Then the failure is "refused"
    And no HTTP status was recorded
    And the Error Type mentions "refused"
    And no lead field changed

  @A17 @A26 @A36
  Scenario: A body cut short is a transport failure and changes nothing
    Given the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    And the service cuts the body short
    When the webhook is called
    Then the failure is "truncated"
    And the recorded code is 0
    And the Error Type is "Response body cut short"
    And the Response is "{\"scor"
    And no lead field changed

  @A17
  Scenario: A garbled status line is a transport failure
    Given the service answers with a garbled status line
    When the webhook is called
    Then the failure is "transport"
    And no HTTP status was recorded
    And no lead field changed
