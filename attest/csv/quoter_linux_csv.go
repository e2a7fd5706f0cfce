//go:build linux && csv

package csv

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"unsafe"

	"github.com/emmansun/gmsm/sm3"
	"golang.org/x/sys/unix"

	"github.com/teerollup/teerollup/attest"
)

// guestDevice is the Hygon CSV guest driver's character device.
const guestDevice = "/dev/csv-guest"

// ioctlGetReport is _IOWR('D', 1, struct { u64 addr; u32 len; }) (16
// bytes with padding): CSV_CMD_GET_REPORT of the guest driver.
const ioctlGetReport = 3<<30 | 16<<16 | 'D'<<8 | 1

// reportRequest is the driver's request: the address and length of a
// buffer that holds the request on the way in and the report on the way
// out.
type reportRequest struct {
	addr uint64
	len  uint32
	_    uint32
}

type linuxProvider struct{}

func newReportProvider() (reportProvider, error) {
	f, err := os.OpenFile(guestDevice, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("%w: csv: %v", attest.ErrUnsupported, err)
	}
	f.Close()
	return linuxProvider{}, nil
}

// rawReport requests a legacy (version 1) report: the request is
// report data[64] ‖ mnonce[16] ‖ SM3(report data ‖ mnonce)[32] at the start
// of the page-sized buffer the firmware answers in. The mnonce is random
// per request; the verifier does not need it (see the package doc).
func (linuxProvider) rawReport(ctx context.Context, reportData [attest.ReportDataSize]byte) ([16]byte, uint32, []byte, error) {
	if err := ctx.Err(); err != nil {
		return [16]byte{}, 0, nil, err
	}
	f, err := os.OpenFile(guestDevice, os.O_RDWR, 0)
	if err != nil {
		return [16]byte{}, 0, nil, fmt.Errorf("csv: open %s: %w", guestDevice, err)
	}
	defer f.Close()
	buf := make([]byte, ReportSize)
	var mnonce [16]byte
	if _, err := rand.Read(mnonce[:]); err != nil {
		return [16]byte{}, 0, nil, err
	}
	h := sm3.New()
	h.Write(reportData[:])
	h.Write(mnonce[:])
	copy(buf, reportData[:])
	copy(buf[64:], mnonce[:])
	copy(buf[80:], h.Sum(nil))
	req := reportRequest{addr: uint64(uintptr(unsafe.Pointer(&buf[0]))), len: uint32(len(buf))}
	if _, _, errno := unix.Syscall(unix.SYS_IOCTL, f.Fd(), ioctlGetReport, uintptr(unsafe.Pointer(&req))); errno != 0 {
		return [16]byte{}, 0, nil, fmt.Errorf("csv: get report ioctl: %w", errno)
	}
	return [16]byte{}, 0, buf, nil
}
