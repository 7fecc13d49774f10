Feature: The webhook definition
  What the admin screen accepts and how each field shapes the request:
  URL (R5), Request Type (R6), Payload Template (R7), Request Token Encoding
  (R8), Response Type (R9), Custom Headers (R10), Response Mappings (R11),
  and the assumptions on GET templates (A2), template escapes (A3), the
  Content-Type (A4) and header safety (A5).

  Background:
    Given a lead with:
      | field         | value           |
      | Email Address | ada@example.com |

  @R5
  Scenario: Characters typed into the URL are sent exactly as written
    Given a webhook "Literal" that sends GET to "https://enrich.vendor.example/v1/a&b?x=1&y=%26&z=a+b"
    When the webhook is called
    Then the request URL is "https://enrich.vendor.example/v1/a&b?x=1&y=%26&z=a+b"

  @R5
  Scenario: A URL that is not http or https is rejected
    Given a webhook "Bad URL" that sends GET to "ftp://enrich.vendor.example/file"
    When the webhook is called
    Then the definition is rejected under R5
    And no request was sent

  @R6
  Scenario Outline: Every documented Request Type is sent as written: <method>
    Given a webhook "Methods" that sends <method> to "https://enrich.vendor.example/v1/person"
    And the service answers 200 "OK" with body:
      """
      {}
      """
    When the webhook is called
    Then the request method is "<method>"
    And the recorded code is 200

    Examples:
      | method |
      | GET    |
      | POST   |
      | PUT    |
      | PATCH  |
      | DELETE |

  @R6
  Scenario Outline: A Request Type outside the five is rejected: <method>
    Given a webhook "Methods" that sends <method> to "https://enrich.vendor.example/v1/person"
    When the webhook is called
    Then the definition is rejected under R6
    And no request was sent

    Examples:
      | method  |
      | HEAD    |
      | OPTIONS |
      | TRACE   |

  @R7
  Scenario Outline: The payload template is the body of a <method>
    Given a webhook "Body" that sends <method> to "https://enrich.vendor.example/v1/person"
    And the token encoding is json
    And the payload template:
      """
      <?xml version="1.0"?><person><email>{{lead.Email Address}}</email></person>
      """
    When the webhook is called
    Then the request body is:
      """
      <?xml version="1.0"?><person><email>"ada@example.com"</email></person>
      """

    Examples:
      | method |
      | POST   |
      | PUT    |
      | PATCH  |
      | DELETE |

  @R7 @R16
  Scenario: A template may be any text format, here a form body under encoding none
    Given a webhook "Form" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token encoding is none
    And the payload template:
      """
      email={{lead.Email Address}}&source=marketo
      """
    When the webhook is called
    Then the request body is "email=ada@example.com&source=marketo"

  @R7 @A2 @A4
  Scenario: A GET sends no body and no Content-Type
    Given a webhook "Lookup" that sends GET to "https://enrich.vendor.example/v1/person"
    When the webhook is called
    Then the request method is "GET"
    And the request body is empty
    And the request has no header "Content-Type"

  @A2
  Scenario: A template on a GET is a definition error
    Given a webhook "Lookup" that sends GET to "https://enrich.vendor.example/v1/person"
    And the payload template:
      """
      {"email": {{lead.Email Address}}}
      """
    When the webhook is called
    Then the definition is rejected under A2
    And no request was sent

  @R8
  Scenario Outline: The Request Token Encoding decides how a value is written: <encoding>
    Given a webhook "Encode" that sends POST to "https://enrich.vendor.example/v1/person"
    And a lead with:
      | field      | value     |
      | First Name | Ana & Bo+ |
    And the token encoding is <encoding>
    And the payload template:
      """
      name={{lead.First Name}}
      """
    When the webhook is called
    Then the request body is "<body>"

    Examples:
      | encoding | body                  |
      | none     | name=Ana & Bo+        |
      | json     | name=\"Ana & Bo+\"    |
      | form     | name=Ana+%26+Bo%2B    |

  @R8
  Scenario: An unknown token encoding is rejected
    Then the webhook file "testdata/bad-encoding.yaml" is rejected under R8

  @R8 @R9
  Scenario: The admin screen's labels Form/Url and JSON are accepted as written there
    Then the webhook file "testdata/admin-labels.yaml" is accepted

  @R8
  Scenario: The admin screen's labels encode as they say, in a file and in a step
    Given a lead with:
      | field      | value     |
      | First Name | Ana & Bo+ |
    And the webhook from "testdata/admin-labels.yaml"
    And the token encoding is Form/Url
    And the response type is None
    When the webhook is called
    Then the request body is "name=Ana+%26+Bo%2B"
    And the request body contains "%26"

  @R9
  Scenario: A Response Type that does not match the answer maps nothing
    Given a webhook "Mismatch" that sends POST to "https://enrich.vendor.example/v1/person"
    And the response type is xml
    And the response mappings:
      | attribute | field   |
      | company   | company |
    And the service answers 200 "OK" with body:
      """
      {"company": "Acme"}
      """
    When the webhook is called
    Then the failure is "unparseable"
    And no lead field changed

  @R9
  Scenario: The same answer maps when the Response Type matches
    Given a webhook "Match" that sends POST to "https://enrich.vendor.example/v1/person"
    And the response type is json
    And the response mappings:
      | attribute | field   |
      | company   | company |
    And the service answers 200 "OK" with body:
      """
      {"company": "Acme"}
      """
    When the webhook is called
    Then the field "Company Name" is "Acme"

  @R10
  Scenario: Custom headers are sent, with tokens resolved
    Given a webhook "Headers" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token "my.Enrich Key" is "k-123"
    And the custom header "X-Api-Key" is "{{my.Enrich Key}}"
    And the custom header "X-Lead" is "{{lead.Email Address}}"
    And the custom header "X-Static" is "one, two"
    When the webhook is called
    Then the request header "X-Api-Key" is "k-123"
    And the request header "X-Lead" is "ada@example.com"
    And the request header "X-Static" is "one, two"

  @R11
  Scenario: A mapping names its field by the SOAP API name
    Given a webhook "Soap" that sends POST to "https://enrich.vendor.example/v1/person"
    And the response mappings:
      | attribute | field       |
      | title     | title       |
    And the service answers 200 "OK" with body:
      """
      {"title": "CTO"}
      """
    When the webhook is called
    Then the field "Job Title" is "CTO"
    And the changes are:
      | field | old | new |
      | title |     | CTO |

  @R11
  Scenario: A mapping to a field that does not exist is rejected
    Given a webhook "Soap" that sends POST to "https://enrich.vendor.example/v1/person"
    And the response mappings:
      | attribute | field          |
      | title     | No Such Field  |
    When the webhook is called
    Then the definition is rejected under R11
    And no request was sent

  @A3
  Scenario: The eight escapes of the editor become the characters they name
    Given a webhook "Escapes" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token encoding is none
    And the payload template:
      """
      a\bb\tc\nd\fe\rf\\g\"h\'i
      """
    When the webhook is called
    Then the request body is the escaped text "a\bb\tc\nd\fe\rf\\g\"h'i"

  @A3
  Scenario: Any other backslash sequence is a definition error naming its position
    Given a webhook "Escapes" that sends POST to "https://enrich.vendor.example/v1/person"
    And the payload template:
      """
      {"q": "a\sb"}
      """
    When the webhook is called
    Then the definition is rejected under A3
    And the problem under A3 names "\s"
    And the problem under A3 names "column 9"
    And no request was sent

  @A4
  Scenario Outline: Without a custom header the encoding picks the Content-Type: <encoding>
    Given a webhook "Type" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token encoding is <encoding>
    And the payload template:
      """
      x
      """
    When the webhook is called
    Then the request header "Content-Type" is "<type>"

    Examples:
      | encoding | type                              |
      | json     | application/json                  |
      | form     | application/x-www-form-urlencoded |
      | none     | text/plain                        |

  @A4 @R10
  Scenario: A custom Content-Type header wins
    Given a webhook "Type" that sends POST to "https://enrich.vendor.example/v1/person"
    And the custom header "Content-Type" is "application/soap+xml; charset=utf-8"
    And the payload template:
      """
      <Envelope/>
      """
    When the webhook is called
    Then the request header "Content-Type" is "application/soap+xml; charset=utf-8"

  @A4
  Scenario: The knob sends no default Content-Type
    Given a webhook "Type" that sends POST to "https://enrich.vendor.example/v1/person"
    And the option "NoDefaultContentType" is on
    And the payload template:
      """
      x
      """
    When the webhook is called
    Then the request has no header "Content-Type"

  @A5
  Scenario: A header value that renders with a line break is never sent
    Given a webhook "Split" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token "my.Bad" is:
      """
      x
      X-Injected: yes
      """
    And the custom header "X-Note" is "{{my.Bad}}"
    When the webhook is called
    Then the definition is rejected under A5
    And no request was sent

  @A31
  Scenario Outline: A header value that renders with another control character is never sent: <name>
    Given a webhook "Bell" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token "my.Bad" is the escaped text "<value>"
    And the custom header "X-Note" is "{{my.Bad}}"
    When the webhook is called
    Then the definition is rejected under A31
    And the problem under A31 names "headers[0].value"
    And no request was sent

    Examples:
      | name | value     |
      | BEL  | ring\x07  |
      | DEL  | rub\x7fout |
      | ESC  | \x1b[0m    |

  @A31 @A5
  Scenario: A tab in a header value is sent
    Given a webhook "Tab" that sends POST to "https://enrich.vendor.example/v1/person"
    And the token "my.Note" is the escaped text "a\tb"
    And the custom header "X-Note" is "{{my.Note}}"
    When the webhook is called
    Then the request header "X-Note" is "a	b"

  @A25 @R16 @A4
  Scenario: A definition without a Request Token Encoding inserts values raw
    Given a lead with:
      | field      | value        |
      | First Name | Ada Lovelace |
    And the webhook from "testdata/no-encoding.yaml"
    When the webhook is called
    Then the request body is "email=ada@example.com&name=Ada Lovelace"
    And the request header "Content-Type" is "text/plain"

  @A27 @R9
  Scenario: Mappings without a Response Type are a definition error
    Then the webhook file "testdata/no-response-type.yaml" is rejected under R9

  @A27
  Scenario: A definition without a Response Type does not parse the answer
    Given the webhook from "testdata/fire-and-forget.yaml"
    And the service answers 200 "OK" with body:
      """
      this is not JSON
      """
    When the webhook is called
    Then the recorded code is 200
    And the Response is "this is not JSON"
    And no lead field changed

  @R10 @R11 @R12 @R14
  Scenario: A webhook file and a lead file define the call
    Given the lead from "testdata/lead.yaml"
    And the webhook from "testdata/enrich.yaml"
    And the token "my.Enrich Key" is "k-123"
    And the service answers 200 "OK" with body:
      """
      {"person": {"company": {"name": "Analytical Engines"}, "score": 77}}
      """
    When the webhook is called
    Then the request URL is "https://enrich.vendor.example/v1/person?email=ada%40example.com"
    And the request header "X-Api-Key" is "k-123"
    And the request body is JSON:
      """
      {"email": "ada@example.com", "score": 10}
      """
    And the changes are:
      | field           | old | new                |
      | company         |     | Analytical Engines |
      | enrichmentScore |     | 77                 |
