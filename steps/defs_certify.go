package steps

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/live"
)

// certifyDefs are the steps of the certification profile
// (features/certification/): they call the live endpoint of a `hookcert
// certify` run through Env.Certify, and fail in any other run.
func certifyDefs() []Def {
	return inArea("Certification of a live endpoint", append(certifyWhenDefs(), certifyThenDefs()...))
}

func certifyWhenDefs() []Def {
	return []Def{
		{
			Keyword: Given, Arg: DocString, EN: "the sample leads:", DE: "die Beispiel-Leads:",
			Doc:       "This check sends its own leads instead of the run's: a YAML list of leads (field name, display or SOAP, to value), as a leads file. certify prints a shrunk counterexample in this form.",
			ExampleEN: "Given the sample leads:", ExampleDE: "Angenommen die Beispiel-Leads:",
			ExampleArg: "- Email Address: \"ada+test@example.com\"\n  First Name: \"O'Brien\"",
			run:        givenSampleLeads,
		},
		{
			Keyword: When, EN: "each sample lead is sent to the endpoint", DE: "jeder Beispiel-Lead an den Endpunkt gesendet wird",
			Doc:       "Sends each sample lead once through the oracle (R3); the answers are shared by every check of the run that sends the run's sample leads.",
			ExampleEN: "When each sample lead is sent to the endpoint", ExampleDE: "Wenn jeder Beispiel-Lead an den Endpunkt gesendet wird",
			run: func(ctx context.Context, w *world, _ *args) error {
				return w.live(func(c *live.Check) error { return c.SendSamples(ctx, w.ownLeads) })
			},
		},
		{
			Keyword: When, EN: "each sample lead is sent again", DE: "jeder Beispiel-Lead erneut gesendet wird",
			Doc:       "Sends the same leads a second time (A10: retries are built on Webhook is Called).",
			ExampleEN: "When each sample lead is sent again", ExampleDE: "Wenn jeder Beispiel-Lead erneut gesendet wird",
			run: func(ctx context.Context, w *world, _ *args) error {
				return w.live(func(c *live.Check) error { return c.SendAgain(ctx) })
			},
		},
		{
			Keyword: When, EN: "{int} calls are kept in flight for the load requests", DE: "{int} Aufrufe gleichzeitig für die Last-Anfragen laufen",
			Doc:       "The load phase: the run's load requests (--load) of the sample leads, this many in flight (A1: Marketo keeps up to 20).",
			ExampleEN: "When 20 calls are kept in flight for the load requests", ExampleDE: "Wenn 20 Aufrufe gleichzeitig für die Last-Anfragen laufen",
			run: func(ctx context.Context, w *world, a *args) error {
				return w.live(func(c *live.Check) error { return c.SendLoad(ctx, a.num(0)) })
			},
		},
		{
			Keyword: When, EN: "the hostile leads are sent to the endpoint", DE: "die feindseligen Leads an den Endpunkt gesendet werden",
			Doc:       "Sends the run's hostile leads (--hostile, --seed): sample leads whose sent fields hold awkward but valid values.",
			ExampleEN: "When the hostile leads are sent to the endpoint", ExampleDE: "Wenn die feindseligen Leads an den Endpunkt gesendet werden",
			run: func(ctx context.Context, w *world, _ *args) error {
				return w.live(func(c *live.Check) error { return c.SendHostile(ctx) })
			},
		},
	}
}

// liveThen is a Then step of the profile that calls one method of the check.
func liveThen(en, de, deAlt, doc string, check func(ctx context.Context, c *live.Check, a *args) error) Def {
	return Def{
		Keyword: Then, EN: en, DE: de, DEAlt: deAlt, Doc: doc,
		ExampleEN: "Then " + exampleOf(en), ExampleDE: "Dann " + exampleOf(de),
		run: func(ctx context.Context, w *world, a *args) error {
			return w.live(func(c *live.Check) error { return check(ctx, c, a) })
		},
	}
}

func certifyThenDefs() []Def {
	plain := func(f func(*live.Check) error) func(context.Context, *live.Check, *args) error {
		return func(_ context.Context, c *live.Check, _ *args) error { return f(c) }
	}
	return []Def{
		liveThen("every answer has a 2xx status", "hat jede Antwort einen 2xx-Status", "jede Antwort hat einen 2xx-Status",
			"Only a 2xx changes lead fields (R18).", plain((*live.Check).Expect2xx)),
		liveThen("no answer body is empty", "ist kein Antwortinhalt leer", "kein Antwortinhalt ist leer",
			"An empty body is code 1001 (R20).", plain((*live.Check).ExpectNonEmpty)),
		liveThen("every answer body parses as the Response Type", "lässt sich jeder Antwortinhalt als Antworttyp lesen", "jeder Antwortinhalt lässt sich als Antworttyp lesen",
			"A body that does not parse maps nothing (R9, A16).", plain((*live.Check).ExpectParses)),
		liveThen("every answer declares a Content-Type of the Response Type", "nennt jede Antwort den Content-Type des Antworttyps", "jede Antwort nennt den Content-Type des Antworttyps",
			"The Content-Type names JSON or XML as the Response Type does (R9, A16); Marketo itself reads by the Response Type.", plain((*live.Check).ExpectContentType)),
		liveThen("every mapping fills its field", "füllt jede Zuordnung ihr Feld", "jede Zuordnung füllt ihr Feld",
			"Every mapping resolves and converts into its field (R22-R26, A19-A22); one that never resolves for any lead fails, one that misses some leads warns.", plain((*live.Check).ExpectMappingsFill)),
		liveThen("each lead gets the same mapped values both times", "bekommt jeder Lead beide Male dieselben Werte", "jeder Lead bekommt beide Male dieselben Werte",
			"A repeated lead maps the same values (A10).", plain((*live.Check).ExpectSameValues)),
		liveThen("the p95 latency is within the budget", "liegt die p95-Latenz im Budget", "die p95-Latenz liegt im Budget",
			"The p95 latency is at most --budget; the evidence gives Marketo's flow-time arithmetic (R4).", plain((*live.Check).ExpectLatencyWithin)),
		liveThen("the slowest answer took at most {int} s", "dauerte die langsamste Antwort höchstens {int} s", "die langsamste Antwort dauerte höchstens {int} s",
			"No time-out and no answer slower than this (R17: Marketo gives up at 30 s).",
			func(_ context.Context, c *live.Check, a *args) error {
				return c.ExpectSlowestWithin(time.Duration(a.num(0)) * time.Second)
			}),
		liveThen("at most {int} % of the answers under load are not usable", "sind höchstens {int} % der Antworten unter Last unbrauchbar", "höchstens {int} % der Antworten unter Last sind unbrauchbar",
			"The error rate of the load phase (A1).",
			func(_ context.Context, c *live.Check, a *args) error { return c.ExpectLoadErrorRate(a.num(0)) }),
		liveThen("the p95 latency under load is at most {int} times the idle p95", "ist die p95-Latenz unter Last höchstens {int}-mal die p95 in Ruhe", "die p95-Latenz unter Last ist höchstens {int}-mal die p95 in Ruhe",
			"Latency under Marketo's load against latency at rest (A1).",
			func(_ context.Context, c *live.Check, a *args) error { return c.ExpectLoadLatency(a.num(0)) }),
		liveThen("every hostile lead gets a usable 2xx answer", "bekommt jeder feindselige Lead eine brauchbare 2xx-Antwort", "jeder feindselige Lead bekommt eine brauchbare 2xx-Antwort",
			"No hostile lead breaks the endpoint (R14-R16, R18, R20, A16); a failure is shrunk within the budget and given as a scenario and the exact request.",
			func(ctx context.Context, c *live.Check, _ *args) error { return c.ExpectHostileOK(ctx) }),
		liveThen("no answer is a redirect", "ist keine Antwort eine Umleitung", "keine Antwort ist eine Umleitung",
			"Marketo does not follow 3xx answers (A11).", plain((*live.Check).ExpectNoRedirect)),
		liveThen("the endpoint uses TLS with a valid certificate", "nutzt der Endpunkt TLS mit einem gültigen Zertifikat", "der Endpunkt nutzt TLS mit einem gültigen Zertifikat",
			"A certificate valid for the host, and the protocol used (A13); plain HTTP warns.",
			func(_ context.Context, c *live.Check, _ *args) error { return c.ExpectTLS(time.Now()) }),
		liveThen("every answer body is at most {int} KiB", "ist jeder Antwortinhalt höchstens {int} KiB groß", "jeder Antwortinhalt ist höchstens {int} KiB groß",
			"No body near Marketo's 1 MiB cap (A12): over it fails, over this size warns.",
			func(_ context.Context, c *live.Check, a *args) error { return c.ExpectSmallBodies(a.num(0) << 10) }),
	}
}

// exampleOf fills a step text's placeholders with example values.
func exampleOf(text string) string {
	r := strings.NewReplacer("{int}", "20", "{string}", `"x"`)
	return r.Replace(text)
}

// errNotCertify is the failure of a profile step outside `hookcert certify`.
var errNotCertify = errors.New("this step calls a live endpoint: run it with hookcert certify (--features DIR)")

// live runs f on the scenario's check of the certification run. A check
// that cannot run (the phase was switched off) is skipped, not failed.
func (w *world) live(f func(c *live.Check) error) error {
	if w.check == nil {
		return errNotCertify
	}
	err := f(w.check)
	var skip *live.SkipError
	if errors.As(err, &skip) {
		w.skipped = true
		w.check.Note("skipped", "%s", skip.Reason)
		return godog.ErrSkip
	}
	return err
}

func givenSampleLeads(_ context.Context, w *world, a *args) error {
	if w.env.Certify == nil {
		return errNotCertify
	}
	leads, err := hookfile.ParseLeadsYAML("the sample leads", []byte(a.doc.Content), w.env.Certify.Target.Catalog())
	if err != nil {
		return fmt.Errorf("the sample leads: %w", err)
	}
	w.ownLeads = leads
	return nil
}

// checkID is a scenario's check id: its @check:ID tag, else its file and line.
func checkID(s *godog.Scenario) string {
	for _, t := range s.Tags {
		if id, ok := strings.CutPrefix(t.Name, "@check:"); ok && id != "" {
			return id
		}
	}
	return s.Uri + ": " + s.Name
}

func tagNames(s *godog.Scenario) []string {
	names := make([]string, len(s.Tags))
	for i, t := range s.Tags {
		names[i] = t.Name
	}
	return names
}
