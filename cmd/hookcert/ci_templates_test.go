package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestCITemplatesRunRealCommands parses examples/ci/*.yml as YAML, takes
// every shell line of the jobs (GitHub's run:, GitLab's script: and
// before_script:) and checks that each hookcert command in them exists and
// takes those flags with those values: the command line, with CI
// expressions ($VAR, ${{ ... }}) set to 1 and --help added, must parse with
// the command's real flag set. Each template must shard the suite with a
// JUnit report and fuzz with a seed.
func TestCITemplatesRunRealCommands(t *testing.T) {
	for _, name := range []string{"github-actions.yml", "gitlab-ci.yml"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "..", "examples", "ci", name))
			if err != nil {
				t.Fatal(err)
			}
			var doc any
			if err := yaml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("not YAML: %v", err)
			}
			var cmds [][]string
			for _, script := range shellScripts(doc, "") {
				cmds = append(cmds, hookcertCommands(script)...)
			}
			var sharded, fuzzed bool
			for _, args := range cmds {
				line := strings.Join(args, " ")
				code, _, errOut := runCLI(t, append(args[1:], "--help")...)
				if code != exitOK {
					t.Errorf("%s: exit %d, the command or a flag does not exist or refuses its value:\n%s", line, code, firstLine(errOut))
				}
				sharded = sharded || args[1] == "run" && strings.Contains(line, "--shard") && strings.Contains(line, "junit:")
				fuzzed = fuzzed || args[1] == "fuzz" && strings.Contains(line, "--seed")
			}
			if !sharded || !fuzzed {
				t.Errorf("want a sharded run with a JUnit report (%v) and a seeded fuzz (%v) among %q", sharded, fuzzed, cmds)
			}
		})
	}
}

// shellScripts returns the shell text of every run:, script: and
// before_script: value in a parsed CI file.
func shellScripts(node any, key string) []string {
	var out []string
	switch n := node.(type) {
	case map[string]any:
		for k, v := range n {
			out = append(out, shellScripts(v, k)...)
		}
	case []any:
		for _, v := range n {
			out = append(out, shellScripts(v, key)...)
		}
	case string:
		if key == "run" || key == "script" || key == "before_script" {
			out = append(out, n)
		}
	}
	return out
}

var ciExpression = regexp.MustCompile(`\$\{\{[^}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*`)

// hookcertCommands splits a shell script into simple commands (at ; & |
// and line ends outside quotes, joining backslash-continued lines) and
// returns the words of each that runs hookcert, CI expressions set to 1.
func hookcertCommands(script string) [][]string {
	script = ciExpression.ReplaceAllString(strings.ReplaceAll(script, "\\\n", " "), "1")
	var cmds [][]string
	var words []string
	var word strings.Builder
	inWord, quote := false, rune(0)
	endWord := func() {
		if inWord {
			words = append(words, word.String())
		}
		word.Reset()
		inWord = false
	}
	endCommand := func() {
		endWord()
		for len(words) > 0 && (words[0] == "do" || words[0] == "then" || words[0] == "else") {
			words = words[1:]
		}
		if len(words) > 1 && words[0] == "hookcert" {
			cmds = append(cmds, words)
		}
		words = nil
	}
	for _, r := range script {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			word.WriteRune(r)
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == ';' || r == '&' || r == '|' || r == '\n':
			endCommand()
		case r == ' ' || r == '\t':
			endWord()
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	endCommand()
	return cmds
}

func firstLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[0]
}

// TestHookcertCommandsParsesShell: the splitter the CI test relies on finds
// the commands of a loop and a continued line and leaves echoed text alone.
func TestHookcertCommandsParsesShell(t *testing.T) {
	got := hookcertCommands("for f in a/*.fail; do hookcert fuzz --replay \"$f\" || exit 1; done\necho \"hookcert run --nope\"\nhookcert run --shard ${{ matrix.shard }}/4 \\\n  --format junit:r-$X.xml features/")
	want := [][]string{{"hookcert", "fuzz", "--replay", "1"}, {"hookcert", "run", "--shard", "1/4", "--format", "junit:r-1.xml", "features/"}}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if strings.Join(got[i], " ") != strings.Join(want[i], " ") {
			t.Errorf("command %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
