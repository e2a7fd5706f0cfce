// Package sim is a software TEE for tests and devnets. It uses real
// cryptography with a test-only key hierarchy, shaped like the vendors' own:
//
//	Manufacturer  P-256 root key, self-signed root certificate
//	  └ Platform  P-256 attestation key, certificate naming its TEE kind and TCB
//	      └ Enclave  measurement, signer, SVN, debug flag, secp256k1 enclave key
//
// An Enclave implements attest.Quoter: its quotes (attest.FormatSim) carry
// the platform's certificate chain as collateral and claim the kind the
// platform simulates, so a committee can be, say, 1 SGX : 2 TDX : 2 CSV.
// Claims from simulated evidence always have Simulated set, and
// attest.Policy rejects them unless AllowSimulated is set.
//
// # Usage
//
//	m, _ := sim.NewManufacturer(sim.WithClock(clock))
//	p, _ := m.NewPlatform(attest.KindTDX)
//	e, _ := p.Launch(measurement, sim.WithSVN(3))
//	ev, _ := e.QuoteBinding(ctx, domain)
//
//	v, _ := sim.NewVerifier(sim.Options{Roots: m.Roots(), Now: clock})
//	reg, _ := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: v})
//	claims, err := reg.VerifyPolicy(ctx, ev, policy, clock())
//	err = attest.CheckBinding(claims, domain, e.Address())
//
// # Sealing and platform files
//
// Enclave.Seal encrypts the enclave key under a sealing key only the same
// measurement on the same platform derives (HKDF over the platform's
// secret, like SGX's MRENCLAVE sealing policy); Platform.LaunchSealed
// restores it, so a restarted sequencer keeps its registered identity. A
// blob of another platform, another measurement, or a modified one is
// refused (ErrWrongPlatform, ErrWrongMeasurement, ErrSealTampered,
// ErrSealFormat). Platform.Export and ImportPlatform keep a simulated
// machine in a file across process restarts: the file holds the platform
// secret in clear, which is what makes it a simulation.
//
// # Threat-model hooks
//
// Enclave.Compromise leaks an enclave's signing key (forged votes);
// Platform.Compromise leaks a platform attestation key, with which Quote.Sign
// forges quotes of that platform's kind only: the kind is certified by the
// manufacturer, so a leaked TDX key cannot pass as SGX.
//
// # Security
//
// None. Whoever holds a manufacturer (or leaked platform) key forges
// evidence at will. Verifiers accept only roots passed to them explicitly
// (there is no default root), so simulated evidence cannot be accepted by a
// deployment that did not opt in.
package sim
