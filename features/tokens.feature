Feature: Tokens and encodings
  URL, template and custom headers may hold tokens (R12), with defaults
  (R13). The Request Token Encoding writes values into the template as JSON
  literals (R14), form-encoded (R15) or raw (R16). Empty and typed values
  (A6), the encoding's scope (A7), unknown tokens (A8) and system tokens (A9)
  are hookcert's reading where the documentation is silent.

  Background:
    Given a lead with:
      | field          | value             |
      | Email Address  | ada+1@example.com |
      | First Name     | Ada Lovelace      |
      | Lead Score     | 10                |
      | Annual Revenue | 1500000.5         |
      | Unsubscribed   | false             |
      | Date of Birth  | 1815-12-10        |
    And a webhook "Tokens" that sends POST to "https://enrich.vendor.example/v1/person"

  @R12
  Scenario: Lead, my, trigger, campaign, program and company tokens resolve in the template
    Given the token encoding is none
    And the token "my.Region" is "EMEA"
    And the token "trigger.Web Page" is "/pricing"
    And the token "campaign.name" is "Enrich on signup"
    And the token "program.name" is "Q3 Launch"
    And the token "company.Company Name" is "Acme"
    And the payload template:
      """
      {{lead.First Name}}|{{my.Region}}|{{trigger.Web Page}}|{{campaign.name}}|{{program.name}}|{{company.Company Name}}
      """
    When the webhook is called
    Then the request body is "Ada Lovelace|EMEA|/pricing|Enrich on signup|Q3 Launch|Acme"

  @R12 @A7
  Scenario: Tokens resolve in the URL and in custom headers
    Given a webhook "Tokens" that sends GET to "https://enrich.vendor.example/v1/{{my.Region}}?email={{lead.Email Address}}"
    And the token "my.Region" is "emea"
    And the custom header "X-Name" is "{{lead.First Name}}"
    When the webhook is called
    Then the request URL is "https://enrich.vendor.example/v1/emea?email=ada%2B1%40example.com"
    And the request header "X-Name" is "Ada Lovelace"

  @R13
  Scenario: A default stands in for an empty value
    Given a lead with:
      | field      | value |
      | First Name |       |
    And the token encoding is none
    And the payload template:
      """
      Hello {{lead.First Name:default=there}}, {{lead.Last Name:default=friend}}
      """
    When the webhook is called
    Then the request body is "Hello there, friend"

  @R13
  Scenario: A default is not used when the value is there
    Given the token encoding is none
    And the payload template:
      """
      Hello {{lead.First Name:default=there}}
      """
    When the webhook is called
    Then the request body is "Hello Ada Lovelace"

  @R14 @A6
  Scenario: JSON encoding writes strings with their quotes and numbers bare
    Given the token encoding is json
    And the payload template:
      """
      {"email": {{lead.Email Address}}, "score": {{lead.Lead Score}}, "revenue": {{lead.Annual Revenue}}, "unsubscribed": {{lead.Unsubscribed}}, "born": {{lead.Date of Birth}}}
      """
    When the webhook is called
    Then the request body is:
      """
      {"email": "ada+1@example.com", "score": 10, "revenue": 1500000.5, "unsubscribed": false, "born": "1815-12-10"}
      """
    And the request body is JSON:
      """
      {"born": "1815-12-10", "email": "ada+1@example.com", "revenue": 1500000.5, "score": 10.0, "unsubscribed": false}
      """

  @R14
  Scenario: JSON encoding escapes quotes and backslashes so the document stays valid
    Given a lead with:
      | field      | value                  |
      | First Name | Ada "Countess" \\ L.   |
    And the token encoding is json
    And the payload template:
      """
      {"name": {{lead.First Name}}}
      """
    When the webhook is called
    Then the request body is JSON:
      """
      {"name": "Ada \"Countess\" \\ L."}
      """

  @R15
  Scenario: Form/Url encoding form-encodes values
    Given the token encoding is form
    And a lead with:
      | field      | value        |
      | First Name | Ana & Bo+Cy  |
    And the payload template:
      """
      email={{lead.Email Address}}&name={{lead.First Name}}
      """
    When the webhook is called
    Then the request body is "email=ada%2B1%40example.com&name=Ana+%26+Bo%2BCy"
    And the request form value "email" is "ada+1@example.com"
    And the request form value "name" is "Ana & Bo+Cy"

  @R16
  Scenario: None inserts values raw, so a plus sign reaches a form decoder as a space
    Given the token encoding is none
    And the payload template:
      """
      email={{lead.Email Address}}
      """
    When the webhook is called
    Then the request body is "email=ada+1@example.com"
    And the request form value "email" is "ada 1@example.com"

  @A6
  Scenario Outline: An empty value with no default under <encoding>
    Given a lead with:
      | field     | value |
      | Last Name |       |
    And the token encoding is <encoding>
    And the payload template:
      """
      [{{lead.Last Name}}]
      """
    When the webhook is called
    Then the request body is "<body>"

    Examples:
      | encoding | body   |
      | json     | [\"\"] |
      | form     | []     |
      | none     | []     |

  @A6
  Scenario Outline: Booleans and numbers render plainly under every encoding: <encoding>
    Given a lead with:
      | field        | value |
      | Unsubscribed | true  |
    And the token encoding is <encoding>
    And the payload template:
      """
      {{lead.Unsubscribed}} {{lead.Lead Score}} {{lead.Annual Revenue}}
      """
    When the webhook is called
    Then the request body is "true 10 1500000.5"

    Examples:
      | encoding |
      | json     |
      | form     |
      | none     |

  @A7
  Scenario: Header values are inserted raw, whatever the encoding
    Given the token encoding is form
    And the custom header "X-Email" is "{{lead.Email Address}}"
    When the webhook is called
    Then the request header "X-Email" is "ada+1@example.com"

  @A8
  Scenario: An unknown token renders as its default, else empty
    Given the token encoding is none
    And the payload template:
      """
      [{{my.Missing}}][{{my.Missing:default=none}}][{{lead.No Such Field}}]
      """
    When the webhook is called
    Then the request body is "[][none][]"

  @A8
  Scenario: Token names are case-insensitive
    Given the token encoding is none
    And the token "my.Region" is "EMEA"
    And the payload template:
      """
      {{Lead.first name}} {{MY.REGION}}
      """
    When the webhook is called
    Then the request body is "Ada Lovelace EMEA"

  @A9
  Scenario: System tokens read the clock in the account time zone
    Given the clock reads "2013-08-08T23:36:13Z"
    And the account time zone is "America/Los_Angeles"
    And the token encoding is none
    And the payload template:
      """
      {{system.date}}|{{system.time}}|{{system.dateTime}}
      """
    When the webhook is called
    Then the request body is "Aug 08, 2013|04:36 PM (GMT -0700)|2013-08-08 16:36:13"

  @A9 @R14
  Scenario: System tokens are strings, quoted under JSON encoding
    Given the clock reads "2013-08-08T16:36:13Z"
    And the token encoding is json
    And the payload template:
      """
      {"at": {{system.dateTime}}}
      """
    When the webhook is called
    Then the request body is JSON:
      """
      {"at": "2013-08-08 16:36:13"}
      """

  @A30 @R13
  Scenario: A default applies to a missing or empty value; 0 and false are values
    Given a lead with:
      | field               | value |
      | Number of Employees | 0     |
    And the token encoding is none
    And the payload template:
      """
      n={{lead.Number of Employees:default=5}} u={{lead.Unsubscribed:default=true}} x={{lead.Last Name:default=none}}
      """
    When the webhook is called
    Then the request body is "n=0 u=false x=none"

  @A30
  Scenario: Text without a dot stays literal and a token ends at the first closing braces
    Given the token encoding is none
    And the payload template:
      """
      {{nodot}} {{lead.First Name}}}} {{ lead }}
      """
    When the webhook is called
    Then the request body is "{{nodot}} Ada Lovelace}} {{ lead }}"

  @A30 @R14
  Scenario: A default renders in the field's type when it parses as one
    Given the token encoding is json
    And the payload template:
      """
      {"employees": {{lead.Number of Employees:default=7}}, "title": {{lead.Job Title:default=n/a}}}
      """
    When the webhook is called
    Then the request body is JSON:
      """
      {"employees": 7, "title": "n/a"}
      """
