Feature: Conversions and limits
  A mapped value must suit its field (R25): Marketo does not write a string
  into an Integer field. Each field type has its format and limits (R26).
  Mappings apply one by one, a failing one is skipped with its reason, and
  of two mappings to one field the later wins (A19). JSON numbers, strings
  and booleans go only where they fit; XML text converts when it parses
  (A21). A value over the limit is not written (A22). Numbers and booleans
  also go into Text Area fields (A28). The outcome lists each change (A24).

  Background:
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/person"
    And the response type is json
    And a lead with:
      | field               | value           |
      | Email Address       | ada@example.com |
      | Number of Employees | 10              |
      | Company Name        | Old Co          |

  @R25 @A21
  Scenario: A JSON string is not written into an Integer field
    Given the response mappings:
      | attribute | field             |
      | employees | numberOfEmployees |
    And the service answers 200 "OK" with body:
      """
      {"employees": "250"}
      """
    When the webhook is called
    Then the recorded code is 200
    And the field "Number of Employees" is unchanged
    And the mapping "employees" was skipped under R25

  @R25 @A21
  Scenario: The knob AcceptNumericStrings lets a numeric string in
    Given the option "AcceptNumericStrings" is on
    And the response mappings:
      | attribute | field             |
      | employees | numberOfEmployees |
    And the service answers 200 "OK" with body:
      """
      {"employees": "250"}
      """
    When the webhook is called
    Then the field "Number of Employees" is "250"
    And no mapping was skipped

  @R26 @A21
  Scenario Outline: A JSON <kind> <json> goes into a field of type <type> when it fits
    Given a custom field "Target" with API name "target" of type <type>
    And the response mappings:
      | attribute | field  |
      | v         | target |
    And the service answers 200 "OK" with body:
      """
      {"v": <json>}
      """
    When the webhook is called
    Then the field "Target" is "<stored>"
    And no mapping was skipped

    Examples: numbers
      | kind   | type     | json                 | stored              |
      | number | integer  | 9223372036854775807  | 9223372036854775807 |
      | number | integer  | -42                  | -42                 |
      | number | float    | 0.75                 | 0.75                |
      | number | currency | 1234.5               | 1234.5              |
      | number | score    | 88                   | 88                  |
      | number | percent  | 40                   | 40                  |
      | number | string   | 42                   | 42                  |

    Examples: strings and booleans
      | kind    | type     | json                          | stored                    |
      | boolean | boolean  | true                          | true                      |
      | boolean | string   | false                         | false                     |
      | string  | date     | "2015-01-01"                  | 2015-01-01                |
      | string  | datetime | "2015-01-01T10:00:00+02:00"   | 2015-01-01T10:00:00+02:00 |
      | string  | email    | "grace@example.com"           | grace@example.com         |
      | string  | url      | "https://acme.example/about"  | https://acme.example/about |
      | string  | phone    | "+1 555 0100"                 | +1 555 0100               |
      | string  | string   | "Acme"                        | Acme                      |

  @R25 @R26 @A21
  Scenario Outline: A JSON <kind> <json> does not go into a field of type <type>: skipped under <rule>
    Given a custom field "Target" with API name "target" of type <type>
    And the response mappings:
      | attribute | field  |
      | v         | target |
    And the service answers 200 "OK" with body:
      """
      {"v": <json>}
      """
    When the webhook is called
    Then the field "Target" is unchanged
    And the mapping "v" was skipped under <rule>

    Examples: the kind does not suit the field
      | kind    | type     | json         | rule |
      | string  | integer  | "42"         | R25  |
      | string  | score    | "42"         | R25  |
      | string  | percent  | "42"         | R25  |
      | string  | float    | "0.5"        | R25  |
      | string  | currency | "10.00"      | R25  |
      | string  | boolean  | "true"       | R25  |
      | number  | boolean  | 1            | R25  |
      | number  | date     | 20150101     | R25  |
      | number  | email    | 1            | R25  |
      | boolean | integer  | true         | R25  |

    Examples: the value breaks the type
      | kind   | type     | json                  | rule |
      | number | integer  | 1.5                   | R26  |
      | number | integer  | 9223372036854775808   | R26  |
      | number | score    | 2.25                  | R26  |
      | string | date     | "01/02/2015"          | R26  |
      | string | datetime | "2015-01-01 10:00"    | R26  |
      | string | email    | "not an address"      | R26  |
      | string | url      | "acme.example/about"  | R26  |

  @A20 @A21
  Scenario Outline: Null, objects and arrays are not written into a scalar field: <json>
    Given the response mappings:
      | attribute | field   |
      | v         | company |
    And the service answers 200 "OK" with body:
      """
      {"v": <json>}
      """
    When the webhook is called
    Then the field "Company Name" is unchanged
    And the mapping "v" was skipped under A20

    Examples:
      | json              |
      | null              |
      | {"name": "Acme"} |
      | ["Acme"]          |

  @A21 @R24
  Scenario: XML text converts to numbers and booleans when it parses
    Given the response type is xml
    And the response mappings:
      | attribute         | field             |
      | person.employees  | numberOfEmployees |
      | person.optedOut   | unsubscribed      |
      | person.rate       | probability       |
      | person.size       | leadScore         |
    And the service answers 200 "OK" with body:
      """
      <person><employees> 250 </employees><optedOut>true</optedOut><rate>0.25</rate><size>big</size></person>
      """
    When the webhook is called
    Then the field "Number of Employees" is "250"
    And the field "Unsubscribed" is "true"
    And the field "Probability" is "0.25"
    And the field "Lead Score" is unchanged
    And the mapping "person.size" was skipped under A21

  @A22 @R26
  Scenario: A String holds 255 characters; a longer value is not written
    Given the response mappings:
      | attribute | field    |
      | fits      | company  |
      | long      | title    |
    And the service answers 200 "OK" with body:
      """
      {"fits": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "long": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}
      """
    When the webhook is called
    Then the field "Company Name" is "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    And the field "Job Title" is unchanged
    And the mapping "long" was skipped under A22

  @A22 @R26
  Scenario: The knob TruncateLongValues cuts an over-long value to the limit
    Given the option "TruncateLongValues" is on
    And the response mappings:
      | attribute | field |
      | long      | title |
    And the service answers 200 "OK" with body:
      """
      {"long": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}
      """
    When the webhook is called
    Then the field "Job Title" is "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
    And no mapping was skipped

  @R26 @A28
  Scenario: A Text Area takes text longer than a String, and numbers and booleans as text
    Given a custom field "Notes A" with API name "notesA" of type text
    And a custom field "Notes B" with API name "notesB" of type text
    And the response mappings:
      | attribute | field       |
      | long      | personNotes |
      | n         | notesA      |
      | b         | notesB      |
    And the service answers 200 "OK" with body:
      """
      {"long": "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "n": 12.50, "b": false}
      """
    When the webhook is called
    Then the field "Person Notes" is "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
    And the field "Notes A" is "12.50"
    And the field "Notes B" is "false"
    And no mapping was skipped

  @A19 @A24
  Scenario: Each mapping applies on its own and the outcome lists each change
    Given the response mappings:
      | attribute | field             |
      | employees | numberOfEmployees |
      | missing   | title             |
      | name      | company           |
    And the service answers 200 "OK" with body:
      """
      {"employees": 250, "name": "Acme"}
      """
    When the webhook is called
    Then the changes are:
      | field             | old    | new  |
      | numberOfEmployees | 10     | 250  |
      | company           | Old Co | Acme |
    And the mapping "missing" was skipped under A20
    And the field "Job Title" is unchanged

  @A19
  Scenario: Of two mappings to one field the later wins
    Given the response mappings:
      | attribute | field   |
      | first     | company |
      | second    | company |
    And the service answers 200 "OK" with body:
      """
      {"first": "Acme", "second": "Globex"}
      """
    When the webhook is called
    Then the field "Company Name" is "Globex"

  @A19 @R25
  Scenario: A failing later mapping leaves the earlier one's value
    Given the response mappings:
      | attribute | field             |
      | good      | numberOfEmployees |
      | bad       | numberOfEmployees |
    And the service answers 200 "OK" with body:
      """
      {"good": 7, "bad": "seven"}
      """
    When the webhook is called
    Then the field "Number of Employees" is "7"
    And the mapping "bad" was skipped under R25
