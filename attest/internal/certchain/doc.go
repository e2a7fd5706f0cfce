// Package certchain holds the certificate-chain building blocks that the
// vendor-neutral parts of attest/sevsnp (AMD) and attest/tdx (Intel) share:
//
//   - Build, a path builder from a leaf through intermediates to one of a
//     set of trusted roots, by issuer name and signature, that tells a
//     broken signature (attest.ErrCertChain) from a chain ending at an
//     untrusted root (attest.ErrUnknownRoot);
//   - Validity, the intersection of validity periods, and Window, which
//     also remembers each contributor so that an expiry names what expired
//     (attest.ErrExpired);
//   - CheckRoots, the check every verifier makes of its configured roots.
//
// Intel-specific blocks live in attest/internal/dcap, which re-exports
// Validity under its own name.
package certchain
