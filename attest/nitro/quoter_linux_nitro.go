//go:build linux && nitro && (amd64 || arm64)

package nitro

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"

	"github.com/teerollup/teerollup/attest"
)

// The NSM driver's interface (linux drivers/misc/nsm.c): one ioctl that
// takes a request buffer and a response buffer.
const (
	nsmDevice       = "/dev/nsm"
	nsmRequestMax   = 0x1000
	nsmResponseMax  = 0x3000
	nsmIoctlRequest = 0xC0200A00 // _IOWR(0x0A, 0, struct nsm_message), 32 bytes on 64-bit
)

// nsmMessage is struct nsm_message: two struct iovec, request then
// response; the driver writes the response length back.
type nsmMessage struct {
	request, response syscall.Iovec
}

type linuxNSM struct{}

func newNSMTransport() (nsmTransport, error) {
	f, err := os.OpenFile(nsmDevice, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("%w: nitro: %v (not inside a Nitro enclave?)", attest.ErrUnsupported, err)
	}
	f.Close()
	return linuxNSM{}, nil
}

// roundTrip opens the device for each request, so a Quoter holds no file
// descriptor and needs no Close.
func (linuxNSM) roundTrip(ctx context.Context, request []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(request) == 0 || len(request) > nsmRequestMax {
		return nil, fmt.Errorf("nitro: NSM request of %d bytes", len(request))
	}
	f, err := os.OpenFile(nsmDevice, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("nitro: open %s: %w", nsmDevice, err)
	}
	defer f.Close()
	resp := make([]byte, nsmResponseMax)
	msg := nsmMessage{
		request:  syscall.Iovec{Base: &request[0], Len: uint64(len(request))},
		response: syscall.Iovec{Base: &resp[0], Len: uint64(len(resp))},
	}
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), nsmIoctlRequest, uintptr(unsafe.Pointer(&msg)))
	runtime.KeepAlive(request)
	runtime.KeepAlive(resp)
	if errno != 0 {
		return nil, fmt.Errorf("nitro: NSM ioctl: %w", errno)
	}
	if msg.response.Len > uint64(len(resp)) {
		return nil, fmt.Errorf("nitro: NSM response length %d", msg.response.Len)
	}
	return resp[:msg.response.Len], nil
}
