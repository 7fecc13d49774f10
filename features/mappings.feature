Feature: JSON and XML response mappings
  A Response Attribute is a path of keys made of letters, digits, '-', '_',
  ':' and white space (R22). JSON paths use dots and integer indexes (R23);
  XML paths start at the root element and name every element on the way,
  repeated children forming an array (R24). Edge cases are hookcert's
  reading (A23).

  Background:
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/person"
    And a lead with:
      | field         | value           |
      | Email Address | ada@example.com |
      | Company Name  | Old Co          |
      | Job Title     | Engineer        |

  @R23
  Scenario: Adobe's JSON example: orders[0].orderDate gives 2015-01-01
    Given the response type is json
    And the response mappings:
      | attribute           | field       |
      | orders[0].orderDate | dateOfBirth |
      | orders[1].id        | leadScore   |
      | name                | lastName    |
    And the service answers 200 "OK" with body:
      """
      {"id": 29.0, "name": "John Doe", "orders": [{"id": 12, "orderDate": "2015-01-01"}, {"id": 13, "orderDate": "2015-02-02"}]}
      """
    When the webhook is called
    Then the field "Date of Birth" is "2015-01-01"
    And the field "Lead Score" is "13"
    And the field "Last Name" is "John Doe"
    And no mapping was skipped

  @R23
  Scenario: Dots walk nested objects
    Given the response mappings:
      | attribute                 | field   |
      | person.employment.company | company |
    And the service answers 200 "OK" with body:
      """
      {"person": {"employment": {"company": "Acme", "title": "CTO"}}}
      """
    When the webhook is called
    Then the field "Company Name" is "Acme"

  @R23
  Scenario: A string subscript is not accepted
    Given the response mappings:
      | attribute        | field   |
      | orders[first].id | company |
    When the webhook is called
    Then the definition is rejected under R23
    And no request was sent

  @R23 @A20
  Scenario: An index past the end does not resolve
    Given the response mappings:
      | attribute    | field   |
      | orders[5].id | company |
      | name         | title   |
    And the service answers 200 "OK" with body:
      """
      {"orders": [{"id": 1}], "name": "CTO"}
      """
    When the webhook is called
    Then the mapping "orders[5].id" was skipped under A20
    And the field "Company Name" is unchanged
    And the field "Job Title" is "CTO"

  @R22
  Scenario: Keys may hold letters, digits, '-', '_', ':' and white space
    Given the response mappings:
      | attribute        | field      |
      | first-name       | firstName  |
      | last_name        | lastName   |
      | acme:company     | company    |
      | job title 2      | title      |
    And the service answers 200 "OK" with body:
      """
      {"first-name": "Ada", "last_name": "Lovelace", "acme:company": "Acme", "job title 2": "CTO"}
      """
    When the webhook is called
    Then the field "First Name" is "Ada"
    And the field "Last Name" is "Lovelace"
    And the field "Company Name" is "Acme"
    And the field "Job Title" is "CTO"

  @R22
  Scenario Outline: A key with other characters cannot be addressed: <attribute>
    Given the response mappings:
      | attribute   | field   |
      | <attribute> | company |
    When the webhook is called
    Then the definition is rejected under R22
    And no request was sent

    Examples:
      | attribute     |
      | person.$name  |
      | person/name   |
      | person.e@mail |

  @R24
  Scenario: Adobe's XML example: the path starts at the root element
    Given the response type is xml
    And the response mappings:
      | attribute   | field   |
      | example.foo | company |
    And the service answers 200 "OK" with body:
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <example><foo>bar</foo></example>
      """
    When the webhook is called
    Then the field "Company Name" is "bar"

  @R24
  Scenario: Adobe's XML example: repeated children form an array
    Given the response type is xml
    And the response mappings:
      | attribute                  | field   |
      | elementList.element[0].foo | company |
      | elementList.element[1].foo | title   |
    And the service answers 200 "OK" with body:
      """
      <elementList>
        <element><foo>baz</foo></element>
        <element><foo>bar</foo></element>
      </elementList>
      """
    When the webhook is called
    Then the field "Company Name" is "baz"
    And the field "Job Title" is "bar"

  @R24 @A20
  Scenario: An XML path that skips the root element does not resolve
    Given the response type is xml
    And the response mappings:
      | attribute | field   |
      | foo       | company |
    And the service answers 200 "OK" with body:
      """
      <example><foo>bar</foo></example>
      """
    When the webhook is called
    Then the mapping "foo" was skipped under A20
    And the field "Company Name" is unchanged

  @A23
  Scenario: A path that starts with an index does not resolve
    Given the response mappings:
      | attribute | field   |
      | [0].name  | company |
      | name      | title   |
    And the service answers 200 "OK" with body:
      """
      [{"name": "Acme"}]
      """
    When the webhook is called
    Then the recorded code is 200
    And the field "Company Name" is unchanged
    And the field "Job Title" is unchanged
    And the mapping "[0].name" was skipped under A23
    And the mapping "name" was skipped under A20

  @A23
  Scenario: Keys are case-sensitive and space around dots is kept
    Given the response mappings:
      | attribute     | field   |
      | Company       | company |
      | person. title | title   |
    And the service answers 200 "OK" with body:
      """
      {"company": "Acme", "person": {"title": "CTO"}}
      """
    When the webhook is called
    Then the mapping "Company" was skipped under A20
    And the mapping "person. title" was skipped under A20
    And no lead field changed

  @A23
  Scenario: XML attributes and mixed text cannot be addressed
    Given the response type is xml
    And the response mappings:
      | attribute     | field   |
      | person.id     | company |
      | person.name   | title   |
      | person        | city    |
    And the service answers 200 "OK" with body:
      """
      <person id="7">Chief <name>CTO</name> Officer</person>
      """
    When the webhook is called
    Then the mapping "person.id" was skipped under A20
    And the mapping "person" was skipped under A20
    And the field "Company Name" is unchanged
    And the field "City" is unchanged
    And the field "Job Title" is "CTO"

  @A23
  Scenario: A namespaced element is addressed by its prefixed name
    Given the response type is xml
    And the response mappings:
      | attribute             | field   |
      | acme:person.acme:name | company |
    And the service answers 200 "OK" with body:
      """
      <acme:person xmlns:acme="urn:acme"><acme:name>Acme</acme:name></acme:person>
      """
    When the webhook is called
    Then the field "Company Name" is "Acme"

  @A29 @R24
  Scenario: An index resolves only on a repeated XML element
    Given the response type is xml
    And the response mappings:
      | attribute               | field   |
      | person.element[0].foo   | company |
      | person.element.foo      | title   |
    And the service answers 200 "OK" with body:
      """
      <person><element><foo>bar</foo></element></person>
      """
    When the webhook is called
    Then the field "Company Name" is unchanged
    And the mapping "person.element[0].foo" was skipped under A20
    And the field "Job Title" is "bar"
