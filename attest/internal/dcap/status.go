package dcap

import (
	"fmt"

	"github.com/teerollup/teerollup/attest"
)

// StatusSet is the set of Intel tcbStatus values a kind of TCB level may
// carry.
type StatusSet uint8

const (
	// PlatformStatuses are the seven statuses of a platform TCB level
	// (UpToDate, SWHardeningNeeded, ConfigurationNeeded,
	// ConfigurationAndSWHardeningNeeded, OutOfDate,
	// OutOfDateConfigurationNeeded, Revoked). attest/sgx also accepts them
	// on QE identity levels.
	PlatformStatuses StatusSet = iota
	// SVNStatuses are UpToDate, OutOfDate and Revoked, all that a level
	// keyed by one SVN (a TDX module's, a QE's) can be. attest/tdx accepts
	// nothing else on such levels.
	SVNStatuses
)

var platformStatuses = map[string]attest.TCBStatus{
	"UpToDate":                          attest.TCBUpToDate,
	"SWHardeningNeeded":                 attest.TCBSWHardening,
	"ConfigurationNeeded":               attest.TCBConfigNeeded,
	"ConfigurationAndSWHardeningNeeded": attest.TCBConfigAndHarden,
	"OutOfDate":                         attest.TCBOutOfDate,
	"OutOfDateConfigurationNeeded":      attest.TCBOutOfDateConfig,
	"Revoked":                           attest.TCBRevoked,
}

// parse maps Intel's tcbStatus string to attest's status.
func (s StatusSet) parse(v string) (attest.TCBStatus, error) {
	st, ok := platformStatuses[v]
	switch {
	case !ok:
		return "", fmt.Errorf("unknown tcbStatus %q", v)
	case s == SVNStatuses && st != attest.TCBUpToDate && st != attest.TCBOutOfDate && st != attest.TCBRevoked:
		return "", fmt.Errorf("tcbStatus %q (want UpToDate, OutOfDate or Revoked)", v)
	}
	return st, nil
}

// ConvergeTCB folds a component's status (a QE's or a TDX module's, not
// Revoked: that is an error before) into the platform's, as Intel's quote
// verification library does: an OutOfDate component makes the result
// OutOfDate, or OutOfDateConfigurationNeeded when the platform needs
// configuration; any other component status leaves the platform's as is.
// An unknown platform status (attest/sgx with a QE identity but no TCB
// info) becomes OutOfDate too: an out-of-date QE alone is enough to say
// so, while an up-to-date QE says nothing about the platform.
func ConvergeTCB(platform, component attest.TCBStatus) attest.TCBStatus {
	if component != attest.TCBOutOfDate {
		return platform
	}
	switch platform {
	case attest.TCBConfigNeeded, attest.TCBConfigAndHarden, attest.TCBOutOfDateConfig:
		return attest.TCBOutOfDateConfig
	}
	return attest.TCBOutOfDate
}
