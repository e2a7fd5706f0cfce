package quorum

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Verify checks that qc certifies headerHash under rule for committee c in
// domain d: every signature is a valid vote by the member at its index and
// the signers satisfy the rule. It returns nil or an error wrapping one of
// ErrDomain, ErrCommittee, ErrRule, ErrQC, ErrRuleNotMet (*RuleNotMetError)
// or ErrSignature (*SignatureError).
//
// Verify reaches the same verdict as QuorumVerifier for the committee's
// encoding (ReasonOf(err) equals the contract's code). Like the contract,
// it re-checks the committee's members but not what registration checked
// once: distinct BLS keys and proofs of possession (see NewCommittee).
func Verify(rule Rule, c *Committee, d Domain, headerHash common.Hash, qc QC) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return VerifyDigest(rule, c, VoteDigest(d, headerHash), qc)
}

// VerifyDigest is Verify for a precomputed vote digest.
func VerifyDigest(rule Rule, c *Committee, digest common.Hash, qc QC) error {
	scheme := SchemeECDSA
	if qc != nil {
		scheme = qc.Scheme()
	}
	if err := c.checkSize(); err != nil {
		return err
	}
	if scheme == SchemeBLS && !c.HasBLS() {
		return fmt.Errorf("%w: committee has no BLS keys", ErrCommittee)
	}
	if rule == nil {
		return fmt.Errorf("%w: nil rule", ErrRule)
	}
	if err := rule.Validate(); err != nil {
		return err
	}
	switch q := qc.(type) {
	case *ECDSAQC:
		if q == nil {
			break
		}
		if err := q.shape(c.Len()); err != nil {
			return err
		}
		return verifyECDSA(rule, c, digest, q)
	case *BLSQC:
		if q == nil {
			break
		}
		if err := q.shape(c.Len()); err != nil {
			return err
		}
		return verifyBLS(rule, c, digest, q)
	}
	return fmt.Errorf("%w: unsupported certificate %T", ErrQC, qc)
}

// VerifyEncoded is the contract's checkECDSA / checkBLS in Go, on the same
// encodings: it checks, in this order, keccak256(committee) ==
// committeeHash, the committee's shape, the rule, the QC's shape, each
// member (in the signature loop), the rule against the claimed signers,
// and the signatures. A relayer can use it to know what the chain will say
// before paying for the transaction.
func VerifyEncoded(s Scheme, committeeHash common.Hash, committee, rule []byte, digest common.Hash, qc []byte) error {
	if s != SchemeECDSA && s != SchemeBLS {
		return fmt.Errorf("%w: unknown scheme %d", ErrQC, s)
	}
	if crypto.Keccak256Hash(committee) != committeeHash {
		return fmt.Errorf("%w: committee hashes to %s, registered %s", ErrCommitteeHash, crypto.Keccak256Hash(committee).Hex(), committeeHash.Hex())
	}
	c, err := parseCommittee(committee)
	if err != nil {
		return err
	}
	if s == SchemeBLS && committee[0] != flagBLS {
		return fmt.Errorf("%w: committee has no BLS keys", ErrCommittee)
	}
	r, err := DecodeRule(rule)
	if err != nil {
		return err
	}
	q, err := DecodeQC(s, qc, c.Len())
	if err != nil {
		return err
	}
	if s == SchemeECDSA {
		return verifyECDSA(r, c, digest, q.(*ECDSAQC))
	}
	return verifyBLS(r, c, digest, q.(*BLSQC))
}

// verifyECDSA runs the contract's loop: members in order (a bad member ends
// it), tallying them, and recovering each signer's signature until the
// first bad one; then the rule, then the signatures' verdict.
func verifyECDSA(rule Rule, c *Committee, digest common.Hash, q *ECDSAQC) error {
	var (
		t      Tally
		prev   common.Address
		sigErr *SignatureError
		k      int
	)
	for i := range c.Members {
		m := &c.Members[i]
		if err := checkMember(i, m, prev, false); err != nil {
			return err
		}
		prev = m.Addr
		signer := q.Signers.Has(i)
		t.add(m, signer)
		if !signer {
			continue
		}
		if sigErr == nil {
			if detail := checkECDSASig(digest, &q.Sigs[k], m.Addr); detail != "" {
				sigErr = &SignatureError{Index: i, Signer: m.Addr, Detail: detail}
			}
		}
		k++
	}
	if err := rule.Eval(t); err != nil {
		return err
	}
	if sigErr != nil {
		return sigErr
	}
	return nil
}

// verifyBLS runs the contract's BLS loop (members checked, G1 keys of the
// signers added up), the rule, and the pairing check
//
//	e(sigma + gamma·apk1, -g2) · e(H + gamma·g1, apk2) == 1
//
// with H = HashToG1(VoteDST, digest) and gamma = keccak256(sigma ‖ apk1 ‖
// apk2 ‖ H) mod r. It holds for a random gamma only if e(sigma, g2) =
// e(H, apk2) (the aggregate signature verifies under apk2) and e(apk1, g2)
// = e(g1, apk2) (apk2 is the G2 twin of the signers' registered G1 keys);
// gamma is derived after all inputs are fixed (Fiat–Shamir).
func verifyBLS(rule Rule, c *Committee, digest common.Hash, q *BLSQC) error {
	var (
		t    Tally
		prev common.Address
		apk1 bn254.G1Jac
	)
	for i := range c.Members {
		m := &c.Members[i]
		if err := checkMember(i, m, prev, true); err != nil {
			return err
		}
		prev = m.Addr
		signer := q.Signers.Has(i)
		t.add(m, signer)
		if signer {
			k, _ := m.BLS.G1.point() // on the curve: checkMember said so
			apk1.AddMixed(&k)
		}
	}
	if err := rule.Eval(t); err != nil {
		return err
	}
	h, err := hashToG1(VoteDST, digest)
	if err != nil {
		return &SignatureError{Index: -1, Detail: err.Error()}
	}
	var a1 bn254.G1Affine
	a1.FromJacobian(&apk1)
	if !pairingCheck(q.Sig, g1Bytes(&a1), q.APK, &h) {
		return &SignatureError{Index: -1, Detail: "aggregate signature does not verify for the signers' keys"}
	}
	return nil
}
