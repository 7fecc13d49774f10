# hookcert certification profile 1.0: awkward lead data and the wire.
Feature: Awkward leads, redirects, TLS and size
  Real leads hold quotes, `&`, `+` in e-mail addresses, line breaks, emoji,
  right-to-left text, 255-character strings and empty values. Marketo sends
  them as its encodings say (R14, R15, R16); the endpoint must still answer
  a usable 2xx. A failure is shrunk to the smallest lead that breaks the
  endpoint and given as a scenario to paste into a feature of your own.

  @check:hostile @R14 @R15 @R16 @R18 @R20 @A16
  Scenario: Hostile but valid leads get usable answers
    When the hostile leads are sent to the endpoint
    Then every hostile lead gets a usable 2xx answer

  @check:redirect @A11
  Scenario: No answer is a redirect
    When each sample lead is sent to the endpoint
    Then no answer is a redirect

  @check:tls @A13
  Scenario: TLS with a certificate valid for the host
    When each sample lead is sent to the endpoint
    Then the endpoint uses TLS with a valid certificate

  @check:size @A12
  Scenario: Answers far below Marketo's 1 MiB
    When each sample lead is sent to the endpoint
    Then every answer body is at most 64 KiB
