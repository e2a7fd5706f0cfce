//go:build linux && cca

package cca

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-configfs-tsm/configfs/linuxtsm"
	"github.com/google/go-configfs-tsm/report"

	"github.com/teerollup/teerollup/attest"
)

// armCCAProvider is the configfs-tsm provider name of Linux's arm-cca-guest
// driver, which asks the RMM (RSI_ATTEST_TOKEN_INIT/CONTINUE) for a token.
const armCCAProvider = "arm_cca_guest"

type linuxProvider struct{}

func newTokenProvider() (tokenProvider, error) {
	// MakeClient checks that the configfs-tsm report directory exists; the
	// provider is only known once a report has been made, so it is
	// checked at every Quote.
	if _, err := linuxtsm.MakeClient(); err != nil {
		return nil, fmt.Errorf("%w: cca: configfs-tsm is not available: %v", attest.ErrUnsupported, err)
	}
	return linuxProvider{}, nil
}

func (linuxProvider) token(ctx context.Context, challenge [attest.ReportDataSize]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	resp, err := linuxtsm.GetReport(&report.Request{InBlob: challenge[:]})
	if err != nil {
		return nil, fmt.Errorf("cca: get attestation token: %w", err)
	}
	if p := strings.TrimSpace(resp.Provider); p != armCCAProvider {
		return nil, fmt.Errorf("%w: cca: configfs-tsm provider is %q, not %q: this is not an Arm CCA realm", attest.ErrUnsupported, p, armCCAProvider)
	}
	if len(resp.OutBlob) > MaxTokenSize {
		return nil, fmt.Errorf("%w: cca: the RMM returned a %d-byte token", attest.ErrMalformed, len(resp.OutBlob))
	}
	return resp.OutBlob, nil
}
