# language: de
Funktionalität: Die Fehlercodes von Webhooks und der Trigger "Webhook wird aufgerufen"
  Die Codes 2xx bis 5xx kommen vom aufgerufenen Dienst, 1000 und 1001 erzeugt
  Marketo selbst (R19). 1000: der Schritt "Webhook aufrufen" steht in einer
  Batch-Kampagne; Webhooks laufen nur in Trigger-Kampagnen (R1, R2). 1001:
  der Dienst hat einen leeren Inhalt geliefert (R20). Nur eine Antwort der
  Klasse 2xx ändert Felder des Leads (R18). Der Trigger "Webhook wird
  aufgerufen" zeigt die Antwort, wörtlich wie empfangen, und den Fehlertyp,
  die Reason-Phrase der Statuszeile (R21, A17).

  Grundlage:
    Angenommen ein Webhook "Anreichern", der POST an "https://enrich.vendor.example/v1/score" sendet
    Und die Payload-Vorlage:
      """
      {"email": {{lead.Email Address}}}
      """
    Und die Antwort-Zuordnungen:
      | Attribut | Feld      |
      | score    | leadScore |
    Und ein Lead mit:
      | Feld          | Wert            |
      | Email Address | ada@example.com |
      | Lead Score    | 10              |

  @R1 @R2 @R19 @A18
  Szenario: In einer Batch-Kampagne erfasst Marketo 1000 und sendet nichts
    Angenommen der Schritt läuft in einer Batch-Kampagne
    Und der Dienst antwortet 200 "OK" mit dem Inhalt:
      """
      {"score": 42}
      """
    Wenn der Webhook aufgerufen wird
    Dann ist der erfasste Code 1000
    Und keine Anfrage wurde gesendet
    Und kein Lead-Feld hat sich geändert
    Und die Aktivität vermerkt, dass keine Anfrage gesendet wurde

  @R19 @R20 @A15
  Szenario: Ein leerer Inhalt auf eine 2xx-Antwort ergibt 1001
    Angenommen der Dienst antwortet 200 "OK"
    Wenn der Webhook aufgerufen wird
    Dann ist der erfasste Code 1001
    Und die Antwort ist leer
    Und kein Lead-Feld hat sich geändert

  @R18 @R19
  Szenario: Eine 2xx-Antwort ändert die Felder des Leads
    Angenommen der Dienst antwortet 200 "OK" mit dem Inhalt:
      """
      {"score": 42}
      """
    Wenn der Webhook aufgerufen wird
    Dann ist der erfasste Code 200
    Und das Feld "Lead Score" ist "42"

  @R18 @R19 @R21 @A17
  Szenariogrundriss: Eine Antwort <code> ändert kein Feld des Leads
    Angenommen der Dienst antwortet <code> "<phrase>" mit dem Inhalt:
      """
      {"score": 42}
      """
    Wenn der Webhook aufgerufen wird
    Dann ist der erfasste Code <code>
    Und das Feld "Lead Score" ist unverändert
    Und der Fehlertyp ist "<phrase>"

    Beispiele:
      | code | phrase                |
      | 302  | Found                 |
      | 400  | Bad Request           |
      | 404  | Not Found             |
      | 429  | Too Many Requests     |
      | 500  | Internal Server Error |
      | 503  | Backend Down          |
      | 599  | Eigene Phrase         |

  @R21 @A17 @A18
  Szenario: Der Trigger "Webhook wird aufgerufen" zeigt Antwort und Fehlertyp
    Angenommen der Dienst antwortet 503 "Backend Down" mit dem Inhalt:
      """
      {"error": "upstream down", "retryAfter": 30}
      """
    Wenn der Webhook aufgerufen wird
    Dann wurde eine Aktivität Webhook aufrufen erfasst
    Und der Trigger Webhook wird aufgerufen feuert mit:
      | Attribut  | Wert                                         |
      | Antwort   | {"error": "upstream down", "retryAfter": 30} |
      | Fehlertyp | Backend Down                                 |
      | Code      | 503                                          |
    Und kein Lead-Feld hat sich geändert

  @R18 @R19
  Szenario: Ein 503, dann der empfohlene erneute Aufruf: nur die 2xx-Antwort wird geschrieben
    Angenommen der Dienst antwortet der Reihe nach:
      | Code | Grund        | Inhalt        |
      | 503  | Backend Down |               |
      | 200  | OK           | {"score": 42} |
    Wenn der Webhook aufgerufen wird
    Dann ist der erfasste Code 503
    Und kein Lead-Feld wurde geschrieben
    Wenn der Webhook erneut aufgerufen wird
    Dann ist der Lead:
      | Feld       | Wert |
      | Lead Score | 42   |
    Und die Anzahl gesendeter Anfragen ist 2

  @A36
  Szenario: Zufall mit festem Seed setzt bei jedem Lauf dieselben Verbindungen zurück
    Angenommen 40 Leads
    Und der Dienst setzt 30% der Verbindungen zurück (Seed 42)
    Wenn der Webhook für jeden Lead aufgerufen wird
    Dann scheiterten 12 der Aufrufe mit "reset"
    Und bekam jeder Lead genau eine Anfrage
