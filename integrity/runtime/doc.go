// Package runtime deploys pinned OCI images and reports the instances it
// runs, behind one small interface, [Runtime].
//
// [Daemonless] is a container runtime of our own built on the OS: it
// resolves the image by its pinned digests ([oci.Layout.Resolve]) before
// anything is unpacked or run — authenticated deployment —, unpacks the
// layers safely into a fresh rootfs, and starts the entrypoint as root in
// new PID, mount, UTS and IPC namespaces (optionally network) chrooted into
// that rootfs. It needs root and Linux; elsewhere it fails with
// [ErrUnsupported]. It was tested for real (the tests deploy a Go program
// compiled in the test and measure it through /proc).
//
// [Docker] speaks the Docker Engine HTTP API (load the verified layout,
// check the daemon's image id against the pin, create, start, inspect,
// kill). It was tested only against recorded API responses replayed by an
// httptest server (there is no Docker daemon on the CI machines); no
// containerd adapter exists yet (containerd's API is gRPC only).
//
// Security assumptions. The host that runs the runtime may be malicious
// (the threat model of Proof of Service Integrity): whatever a runtime
// reports — and a Docker daemon's answers in particular — is a claim of
// the host, not a measurement. The checks here refuse an image that does
// not match its pin and an honest-but-wrong daemon answer; what actually
// runs is established by measuring the process (package
// integrity/measure). [Daemonless.Restart] relaunches an instance from its
// existing rootfs without re-checking it, exactly as a host can, so tests
// can play the attacker; measurement catches what it changes.
package runtime
