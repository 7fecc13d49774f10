// Command vendor serves the example vendor's enrichment endpoint on an
// address, in one mode, plain or over TLS:
//
//	go run ./examples/vendorapi --mode conformant --addr 127.0.0.1:8089 [--tls-cert F --tls-key F] [--delay 3s] [--api-key K]
//
// Every flag can also be set by an environment variable: VENDOR_ and the flag
// name in upper case (VENDOR_MODE=plus-500). It stops on SIGINT or SIGTERM
// (exit 130 or 143); bad flags exit 2. See README.md for the modes.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/hookcert/hookcert/examples/vendorapi/endpoint"
)

const (
	exitOK       = 0
	exitFailed   = 1
	exitBadInput = 2
)

type config struct {
	mode, addr, cert, key, apiKey string
	delay                         time.Duration
}

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintln(stderr, "vendor:", err)
		return exitBadInput
	}
	mode, err := endpoint.ParseMode(cfg.mode)
	if err != nil {
		fmt.Fprintln(stderr, "vendor: --mode:", err)
		return exitBadInput
	}
	if (cfg.cert == "") != (cfg.key == "") {
		fmt.Fprintln(stderr, "vendor: give both --tls-cert and --tls-key, or neither")
		return exitBadInput
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintf(stderr, "vendor: --addr %s: %v\n", cfg.addr, err)
		return exitBadInput
	}
	srv := &http.Server{
		Handler:           endpoint.New(mode, endpoint.WithDelay(cfg.delay), endpoint.WithAPIKey(cfg.apiKey)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	scheme := "http"
	if cfg.cert != "" {
		scheme = "https"
	}
	fmt.Fprintf(stderr, "vendor: mode %s on %s://%s%s\n", mode, scheme, ln.Addr(), endpoint.PersonPath)
	return serve(srv, ln, cfg, stderr)
}

// serve runs srv until it fails or a signal stops it.
func serve(srv *http.Server, ln net.Listener, cfg config, stderr io.Writer) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	done := make(chan error, 1)
	go func() {
		if cfg.cert != "" {
			done <- srv.ServeTLS(ln, cfg.cert, cfg.key)
			return
		}
		done <- srv.Serve(ln)
	}()
	select {
	case err := <-done:
		fmt.Fprintln(stderr, "vendor:", err)
		return exitFailed
	case sig := <-sigs:
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		if sig == syscall.SIGTERM {
			return 143
		}
		return 130
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("vendor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.mode, "mode", string(endpoint.Conformant), "the endpoint's behaviour (see README.md)")
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8089", "the address to listen on")
	fs.StringVar(&cfg.cert, "tls-cert", "", "PEM certificate file: serve HTTPS")
	fs.StringVar(&cfg.key, "tls-key", "", "PEM key file of --tls-cert")
	fs.StringVar(&cfg.apiKey, "api-key", "", "answer 401 unless X-Api-Key is this value")
	fs.DurationVar(&cfg.delay, "delay", endpoint.DefaultDelay, "how long the slow mode waits")
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		name := "VENDOR_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(name); ok && envErr == nil {
			if err := f.Value.Set(v); err != nil {
				envErr = fmt.Errorf("%s=%q: %w", name, v, err)
			}
		}
	})
	if envErr != nil {
		return cfg, envErr
	}
	return cfg, fs.Parse(args)
}
