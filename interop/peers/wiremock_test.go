package peers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// wiremockPeer starts WireMock standalone from jar on a free loopback port,
// no banner, no proxying, no request journal, and stubs every request with
// the answer; close stops the JVM.
func wiremockPeer(ctx context.Context, b *testing.B, jar string) *peer {
	port, err := freePort()
	if err != nil {
		b.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, "java", "-jar", jar, "--port", strconv.Itoa(port), "--bind-address", "127.0.0.1",
		"--disable-banner", "--no-request-journal", "--disable-request-logging")
	cmd.Stderr = os.Stderr // its settings go to stdout, unread
	if err := cmd.Start(); err != nil {
		b.Fatalf("start WireMock: %v", err)
	}
	stop := func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	if err := stubAnswer(ctx, addr); err != nil {
		stop()
		b.Fatalf("WireMock on %s: %v", addr, err)
	}
	pid := cmd.Process.Pid
	return &peer{name: "WireMock", client: client(addr), url: "http://" + addr + "/hook",
		otherCPU: func() time.Duration { return processCPU(pid) }, close: stop}
}

// stubAnswer waits (up to a minute: the JVM starts slowly) for WireMock's
// admin API and stubs every request with the answer.
func stubAnswer(ctx context.Context, addr string) error {
	stub, _ := json.Marshal(map[string]any{
		"request":  map[string]any{"method": "ANY", "urlPattern": ".*"},
		"response": map[string]any{"status": 200, "headers": map[string]string{"Content-Type": "application/json"}, "body": answerBody},
	})
	deadline := time.Now().Add(time.Minute)
	for {
		resp, err := http.Post("http://"+addr+"/__admin/mappings", "application/json", strings.NewReader(string(stub)))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusCreated {
				return fmt.Errorf("stub: %s", resp.Status)
			}
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("not up after a minute: %w", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// processCPU is the CPU time, user and system, process pid has used, from
// /proc (clock ticks of 1/100 s), or 0 where it cannot be read.
func processCPU(pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:]) // the name may hold spaces
	if len(fields) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}
