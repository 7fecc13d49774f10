package marketo_test

import (
	"errors"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

func TestParseCampaignKind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want marketo.CampaignKind // empty: refused
	}{
		{name: "R1 empty is trigger", in: "", want: marketo.Trigger},
		{name: "R1 trigger", in: "trigger", want: marketo.Trigger},
		{name: "R2 batch in any case", in: " BATCH ", want: marketo.Batch},
		{name: "R1 R2 other words are refused", in: "weekly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marketo.ParseCampaignKind(tt.in)
			if tt.want != "" {
				if err != nil || got != tt.want {
					t.Fatalf("got %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			p, ok := errors.AsType[marketo.Problem](err)
			if !ok || p.Rule != "R1, R2" {
				t.Fatalf("got %q, %#v; want a marketo.Problem under R1, R2", got, err)
			}
			if want := `unknown campaign kind "weekly"; use trigger or batch (R1, R2)`; err.Error() != want {
				t.Errorf("got %q, want %q", err, want)
			}
		})
	}
}
