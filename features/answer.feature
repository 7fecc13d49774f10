Feature: The answer and what it does to the lead
  Only a 2xx answer changes lead fields (R18). Codes 2xx to 5xx are the
  service's own; 1000 and 1001 are Marketo's (R19); 1001 means an empty body
  (R20, A14, A15). A 2xx body that does not parse changes nothing (A16). The
  Webhook is Called trigger exposes Response, the literal payload, and Error
  Type, the reason phrase (R21, A17), for every completed execution (A18).

  Background:
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
    And the payload template:
      """
      {"email": {{lead.Email Address}}}
      """
    And the response mappings:
      | attribute | field     |
      | score     | leadScore |
      | company   | company   |
    And a lead with:
      | field         | value           |
      | Email Address | ada@example.com |
      | Lead Score    | 10              |
      | Company Name  | Old Co          |

  @R18 @R19 @R21 @A17 @A18
  Scenario Outline: A <code> "<reason>" answer with a body changes the lead
    Given the service answers <code> "<reason>" with body:
      """
      {"score": 42, "company": "Acme"}
      """
    When the webhook is called
    Then the recorded code is <code>
    And the Error Type is "<reason>"
    And the Response is:
      """
      {"score": 42, "company": "Acme"}
      """
    And the field "Lead Score" is "42"
    And the field "Company Name" is "Acme"
    And a Call Webhook activity was recorded

    Examples: success codes with their standard phrases
      | code | reason                        |
      | 200  | OK                            |
      | 201  | Created                       |
      | 202  | Accepted                      |
      | 203  | Non-Authoritative Information |
      | 206  | Partial Content               |

    Examples: non-standard and custom phrases
      | code | reason         |
      | 299  | Custom Success |
      | 200  | All Good       |
      | 201  | Lead Enriched  |

  @R18 @R19 @R21 @A17 @A18
  Scenario Outline: A <code> "<reason>" answer never changes the lead
    Given the service answers <code> "<reason>" with body:
      """
      {"score": 42, "company": "Acme"}
      """
    When the webhook is called
    Then the recorded code is <code>
    And the Error Type is "<reason>"
    And the Response is:
      """
      {"score": 42, "company": "Acme"}
      """
    And no lead field changed
    And the field "Lead Score" is unchanged
    And a Call Webhook activity was recorded

    Examples: redirects
      | code | reason             |
      | 301  | Moved Permanently  |
      | 302  | Found              |
      | 307  | Temporary Redirect |
      | 308  | Permanent Redirect |

    Examples: client errors
      | code | reason               |
      | 400  | Bad Request          |
      | 401  | Unauthorized         |
      | 403  | Forbidden            |
      | 404  | Not Found            |
      | 408  | Request Timeout      |
      | 409  | Conflict             |
      | 410  | Gone                 |
      | 422  | Unprocessable Entity |
      | 429  | Too Many Requests    |

    Examples: server errors
      | code | reason                |
      | 500  | Internal Server Error |
      | 501  | Not Implemented       |
      | 502  | Bad Gateway           |
      | 503  | Service Unavailable   |
      | 504  | Gateway Timeout       |

    Examples: non-standard codes and custom phrases
      | code | reason                   |
      | 499  | Client Closed Request    |
      | 599  | Network Connect Timeout  |
      | 600  | Beyond The Classes       |
      | 503  | Backend Down             |
      | 404  | Lead Not Known To Vendor |
      | 429  | Slow Down Please         |

  @R18 @R21 @A17
  Scenario: A 304 carries no body and changes nothing
    Given the service answers 304 "Not Modified"
    When the webhook is called
    Then the recorded code is 304
    And the Error Type is "Not Modified"
    And the Response is empty
    And no lead field changed

  @A17
  Scenario Outline: A status line without a reason phrase records an empty Error Type: <code>
    Given the service answers <code> "" with body:
      """
      {"error": 1}
      """
    And the status line has no reason phrase
    When the webhook is called
    Then the recorded code is <code>
    And the Error Type is ""
    And the Response is "{\"error\": 1}"

    Examples:
      | code |
      | 200  |
      | 503  |
      | 599  |

  @R20 @A15 @A17
  Scenario Outline: An empty body on a <code> is 1001 and changes nothing
    Given the service answers <code> "<reason>"
    When the webhook is called
    Then the recorded code is 1001
    And the Error Type is "Empty response body"
    And the Response is empty
    And no lead field changed
    And a Call Webhook activity was recorded

    Examples:
      | code | reason     |
      | 200  | OK         |
      | 201  | Created    |
      | 202  | Accepted   |
      | 299  | Custom     |

  @R20 @A15
  Scenario: A 204 has no body on the wire, so it is 1001 even when the service wrote one
    Given the service answers 204 "No Content" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the recorded code is 1001
    And the Response is empty
    And no lead field changed

  @A15
  Scenario Outline: An empty body on a <code> keeps the status
    Given the service answers <code> "<reason>"
    When the webhook is called
    Then the recorded code is <code>
    And the Error Type is "<reason>"
    And the Response is empty
    And no lead field changed

    Examples:
      | code | reason                |
      | 302  | Found                 |
      | 400  | Bad Request           |
      | 404  | Not Found             |
      | 500  | Internal Server Error |
      | 503  | Backend Down          |
      | 599  | Odd                   |

  @A15
  Scenario: The knob records 1001 for an empty body whatever the status
    Given the option "EmptyBodyAlways1001" is on
    And the service answers 503 "Backend Down"
    When the webhook is called
    Then the recorded code is 1001
    And no lead field changed

  @A14 @A16
  Scenario: A body of only white space is not empty, it is unparseable
    Given the service answers 200 "OK" with base64 body "ICAg"
    When the webhook is called
    Then the recorded code is 200
    And the failure is "unparseable"
    And no lead field changed

  @A14
  Scenario: The knob treats white space as empty
    Given the option "WhitespaceIsEmpty" is on
    And the service answers 200 "OK" with base64 body "ICAJCg=="
    When the webhook is called
    Then the recorded code is 1001
    And no lead field changed

  @A16
  Scenario Outline: A 2xx body that does not parse changes nothing: <case>
    Given the service answers 200 "OK" with base64 body "<b64>"
    When the webhook is called
    Then the recorded code is 200
    And the failure is "unparseable"
    And no lead field changed

    Examples:
      | case             | b64                          |
      | not JSON         | PGh0bWw+PC9odG1sPg==         |
      | trailing garbage | eyJzY29yZSI6IDQyfSB4         |
      | truncated JSON   | eyJzY29yZSI6IDQy             |
      | XML for JSON     | PHNjb3JlPjQyPC9zY29yZT4=     |

  @A16
  Scenario: A UTF-8 byte order mark before JSON is tolerated
    Given the service answers 200 "OK" with base64 body "77u/eyJzY29yZSI6IDQyfQ=="
    When the webhook is called
    Then the failure is ""
    And the field "Lead Score" is "42"

  @R21
  Scenario: The Response is the literal payload, byte for byte
    Given the service answers 502 "Bad Gateway" with body:
      """
      <html>
        <body>upstream  down</body>
      </html>
      """
    When the webhook is called
    Then the Response is:
      """
      <html>
        <body>upstream  down</body>
      </html>
      """
    And the Webhook is Called trigger fires with:
      | attribute  | value       |
      | Error Type | Bad Gateway |
      | code       | 502         |

  @A18
  Scenario: The trigger fires for a failure without an answer too
    Given the service refuses the connection
    When the webhook is called
    Then a Call Webhook activity was recorded
    And the Webhook is Called trigger fires with:
      | attribute | value |
      | Response  |       |

  @R18 @R19
  Scenario: A 503, then the retry Adobe recommends: only the 2xx answer is written
    Given the service answers in turn:
      | code | reason       | body                              |
      | 503  | Backend Down |                                   |
      | 200  | OK           | {"score": 42, "company": "Acme"} |
    When the webhook is called
    Then the recorded code is 503
    And no lead field was written
    When the webhook is called again
    Then the recorded code is 200
    And the recorded HTTP status is 200
    And the lead is:
      | field        | value |
      | Lead Score   | 42    |
      | Company Name | Acme  |
    And the number of requests sent is 2
    And the request JSON value "email" is "ada@example.com"

  @R18 @A19
  Scenario: Writing the value a field already has is a write, not a change
    Given the service answers 200 "OK" with body:
      """
      {"score": 10, "company": "Old Co"}
      """
    When the webhook is called
    Then the lead is unchanged
    And the field "Lead Score" is unchanged
    And the changes are:
      | field     | old    | new    |
      | leadScore | 10     | 10     |
      | company   | Old Co | Old Co |

  @R21
  Scenario: The Response keeps a line break as received
    Given the service answers 200 "OK" with body:
      """
      {"score": 42}

      """
    When the webhook is called
    Then the Response is the escaped text "{\"score\": 42}\n"
    And the Response contains "42"
