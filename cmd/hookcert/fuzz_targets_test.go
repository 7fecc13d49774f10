package main

import (
	"strconv"
	"strings"
	"testing"
)

// FuzzScriptedAnswerFlags: any values of --answer-status, --answer-header,
// --answer-reason and --answer-body give a script with a three-digit status
// and trimmed, non-empty header names, or an error naming the flag; never
// a panic.
func FuzzScriptedAnswerFlags(f *testing.F) {
	f.Add("200", "Content-Type: application/json", "OK", `{"a":1}`)
	f.Add("0200", "X:", "", "")
	f.Add("0x20", ":v", "Bad", "@")
	f.Add("-1", "no colon", "\r\n", "@/no/such/file")
	f.Add("99999999999999999999", " K : V ", "x", "text")
	f.Fuzz(func(t *testing.T, status, header, reason, body string) {
		if strings.HasPrefix(body, "@") {
			body = "@" + t.TempDir() + "/missing" // never read the fuzzer's file names
		}
		var fl callFlags
		sf := newIntFlag(&fl.answerStatus, 0, 0, 999)
		if err := sf.Set(status); err != nil {
			if !strings.Contains(err.Error(), "decimal number") {
				t.Fatalf("--answer-status %q: error %q says not what is accepted", status, err)
			}
			return
		}
		fl.answerHeaders = listFlag{header}
		fl.answerReason, fl.answerBody = reason, body
		s, err := scriptedAnswer(fl)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "--answer-") {
				t.Fatalf("error %q names no flag", err)
			}
			return
		}
		if s.Status < 100 || s.Status > 999 {
			t.Fatalf("status %d from %q", s.Status, status)
		}
		for k := range s.Header {
			if k == "" || strings.TrimSpace(k) != k {
				t.Fatalf("header name %q from %q", k, header)
			}
		}
		if string(s.Body) != body {
			t.Fatalf("body %q, want %q", s.Body, body)
		}
	})
}

// FuzzParseTokens: any --token values give scope.name keys, or an error
// naming the flag.
func FuzzParseTokens(f *testing.F) {
	f.Add("my.Region=EMEA", "campaign.name=x=y")
	f.Add("=", ".=")
	f.Add("noscope=1", " my.K =v")
	f.Fuzz(func(t *testing.T, a, b string) {
		tokens, err := parseTokens([]string{a, b})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "--token ") {
				t.Fatalf("error %q names no flag", err)
			}
			return
		}
		for k := range tokens {
			if !strings.Contains(k, ".") {
				t.Fatalf("token key %q has no scope", k)
			}
		}
	})
}

// FuzzParseFailfile: any bytes give a failfile that prints back to what
// parses the same, or an error naming the file; never a panic.
func FuzzParseFailfile(f *testing.F) {
	f.Add([]byte("# TestX\n" + rapidFailfileVersion + "#42\n0x1\n0x0\n0xffffffffffffffff\n"))
	f.Add([]byte(""))
	f.Add([]byte("v0.4.8#\n"))
	f.Add([]byte("v0.4.8#1#2\n0x1\n"))
	f.Add([]byte("\x00\xff#1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ff, err := parseFailfile("x.fail", data)
		if err != nil {
			if !strings.Contains(err.Error(), "x.fail") {
				t.Fatalf("error %q names no file", err)
			}
			return
		}
		var b strings.Builder
		b.WriteString(ff.version + "#" + uintText(ff.seed) + "\n")
		for _, d := range ff.draws {
			b.WriteString("0x" + hexText(d) + "\n")
		}
		again, err := parseFailfile("x.fail", []byte(b.String()))
		if err != nil || again.seed != ff.seed || len(again.draws) != len(ff.draws) {
			t.Fatalf("reprinted failfile parses as %+v, %v; want %+v", again, err, ff)
		}
	})
}

func uintText(u uint64) string { return strconv.FormatUint(u, 10) }
func hexText(u uint64) string  { return strconv.FormatUint(u, 16) }
