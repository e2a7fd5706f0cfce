// Package attest is the TEE-neutral core of remote attestation: evidence and
// the claims verified out of it, the Quoter and Verifier seams that the
// backends (attest/sgx, attest/tdx, attest/sevsnp, attest/csv, attest/cca and the
// software TEE attest/sim) implement, a Registry that dispatches on evidence format, the
// Policy that decides whether verified claims are acceptable, and the
// binding of an enclave's signing key to a deployment.
//
// # Usage
//
// Inside the enclave, bind the enclave key to the deployment and quote:
//
//	dom := attest.Domain{ChainID: big.NewInt(1), Manager: managerAddr}
//	ev, err := quoter.Quote(ctx, attest.BindingReportData(dom, enclaveAddr))
//
// At the relying party, verify with the registry, apply the policy, then
// check the binding:
//
//	reg, err := attest.NewRegistry(map[attest.Format]attest.Verifier{
//		attest.FormatTDX: tdxVerifier,
//		attest.FormatSGX: sgxVerifier,
//	})
//	pol := attest.Policy{
//		Measurements: [][]byte{mrtd, mrenclave},
//		Kinds:        []attest.Kind{attest.KindTDX, attest.KindSGX},
//		MinSVN:       2,
//		MaxAge:       24 * time.Hour,
//	}
//	claims, err := reg.VerifyPolicy(ctx, ev, pol, now)
//	err = attest.CheckBinding(claims, dom, enclaveAddr)
//	// claims.Kind is what a quorum rule counts.
//
// # Security assumptions
//
//   - The vendor roots each verifier is configured with are authentic, and the
//     vendors' key hierarchies and TEE implementations of a kind are sound.
//     A quorum of distinct kinds tolerates the failure of some kinds; this
//     package never trusts one kind's evidence about another.
//   - The kind, measurement and every other claim come from verified
//     evidence, never from the Evidence envelope or the sender.
//   - The measurements listed in a Policy are of code that keeps its key
//     inside the enclave and only signs what the protocol allows; attestation
//     says what code runs, not that the code is correct.
//   - The check time passed to Policy.Check and VerifyPolicy comes from a
//     clock the relying party trusts; expiry and MaxAge are only as good as it.
//   - Report data binds a key to a deployment, not to a moment: freshness
//     comes from MaxAge (or from a nonce in Policy.ReportData), and a leaked
//     enclave key stays valid until the deployment revokes it.
//   - Simulated evidence (attest/sim) proves nothing; Policy rejects it
//     unless AllowSimulated is set.
package attest
