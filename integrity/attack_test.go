package integrity_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/integrity"
	"github.com/teerollup/teerollup/quorum"
)

// affirmed brings w to one certified Affirming round and returns it.
func affirmed(t *testing.T, w *world) (*integrity.Report, *quorum.ECDSAQC, *integrity.Evidence) {
	t.Helper()
	if _, err := w.agent.Deploy(w.ctx, "svc"); err != nil {
		t.Fatal(err)
	}
	w.nextRound(t)
	e, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	r, qc := w.certify(t, 0, e)
	w.submit(t, r, qc)
	return r, qc, e
}

// A monitor (its enclave compromised) signs Affirming for tampered evidence;
// the certified report on that evidence is a violation, so anyone slashes it
// and gets half its stake.
func TestMonitorSigningAffirmingForTamperedEvidenceIsSlashed(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	affirmed(t, w)
	w.meas.set(func(o *integrity.Observation) { o.Executable = crypto.Keccak256Hash([]byte("evil")) })
	w.nextRound(t)
	e, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	certified, qc := w.certify(t, 1, e)
	if certified.Status != integrity.Violation {
		t.Fatalf("certified %v", certified)
	}
	w.submit(t, certified, qc)

	bad := w.enclaves[0]
	bad.Compromise()
	lie := *certified
	lie.Status, lie.Claim, lie.Expected, lie.Observed = integrity.Affirming, 0, common.Hash{}, common.Hash{}
	vote, err := quorum.SignVote(bad, w.domain, lie.Hash())
	if err != nil {
		t.Fatal(err)
	}
	reporter := w.chain.Transactor(3)
	before, _ := w.reg.Balance(w.ctx, reporter.From)
	tx, err := w.reg.SlashContradiction(w.ctx, reporter, certified, w.committee, w.rule, qc, &lie, vote.Sig[:])
	w.mine(t, tx, err)
	info, err := w.reg.Monitor(w.ctx, bad.Address())
	if err != nil {
		t.Fatal(err)
	}
	if !info.Slashed || info.Stake.Sign() != 0 {
		t.Fatalf("monitor after slash: %+v", info)
	}
	after, _ := w.reg.Balance(w.ctx, reporter.From)
	if new(big.Int).Sub(after, before).Cmp(new(big.Int).Div(minStake, big.NewInt(2))) != 0 {
		t.Fatalf("reporter credited %v", new(big.Int).Sub(after, before))
	}
	// Twice is refused: the stake is gone.
	_, err = w.reg.SlashContradiction(w.ctx, reporter, certified, w.committee, w.rule, qc, &lie, vote.Sig[:])
	wantRevert(t, err, "NotMonitor")
}

// An honest monitor signs exactly the certified report and never two
// reports for one round: neither slashing entry point accepts its votes.
func TestHonestMonitorCannotBeSlashed(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	r1, qc1, _ := affirmed(t, w)
	honest := w.enclaves[2]
	v1, err := quorum.SignVote(honest, w.domain, r1.Hash()) // the vote it gave
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.reg.SlashContradiction(w.ctx, w.chain.Transactor(3), r1, w.committee, w.rule, qc1, r1, v1.Sig[:])
	wantRevert(t, err, "NotAFault")

	// Next round: a second, different report.
	w.nextRound(t)
	e2, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	r2, qc2 := w.certify(t, 0, e2)
	w.submit(t, r2, qc2)
	v2, _ := quorum.SignVote(honest, w.domain, r2.Hash())
	_, err = w.reg.SlashEquivocation(w.ctx, w.chain.Transactor(3), r1, v1.Sig[:], r2, v2.Sig[:])
	wantRevert(t, err, "NotAFault") // different rounds

	// The agent publishes new evidence in the same round (an event): the
	// honest monitor refuses a second, different report for the round, so
	// equivocation evidence against it cannot exist.
	w.meas.set(func(o *integrity.Observation) { o.Ports = append(o.Ports, 1) })
	e3, err := w.agent.Measure(w.ctx, "file-change")
	if err != nil {
		t.Fatal(err)
	}
	idx := 2
	r3, err := w.monitors[idx].Check(w.ctx, e3)
	if err != nil {
		t.Fatal(err)
	}
	if r3.Round != r2.Round {
		t.Skip("measurement crossed a round boundary")
	}
	st, _ := integrity.EncodeStatement(&r3, e3)
	if _, err := w.monitors[idx].Vote(w.ctx, common.Address{}, st); !errors.Is(err, integrity.ErrRoundSigned) {
		t.Fatalf("second report in a round: %v", err)
	}
	info, _ := w.reg.Monitor(w.ctx, honest.Address())
	if info.Slashed || info.Stake.Cmp(minStake) != 0 {
		t.Fatalf("honest monitor %+v", info)
	}
}

// Equivocation: a compromised monitor signs two reports for one round.
func TestEquivocationIsSlashed(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	r1, _, _ := affirmed(t, w)
	bad := w.enclaves[5]
	bad.Compromise()
	r2 := *r1
	r2.Status, r2.Claim, r2.Expected, r2.Observed = integrity.Violation, integrity.ClaimPorts, common.Hash{1}, common.Hash{2}
	v1, _ := quorum.SignVote(bad, w.domain, r1.Hash())
	v2, _ := quorum.SignVote(bad, w.domain, r2.Hash())
	tx, err := w.reg.SlashEquivocation(w.ctx, w.chain.Transactor(3), r1, v1.Sig[:], &r2, v2.Sig[:])
	w.mine(t, tx, err)
	if info, _ := w.reg.Monitor(w.ctx, bad.Address()); !info.Slashed {
		t.Fatal("not slashed")
	}
}

// Stale evidence: monitors refuse evidence anchored too far behind their
// head or to a block their chain does not have; the registry refuses a
// report for a round not after the latest.
func TestStaleEvidenceRefused(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	r1, qc1, _ := affirmed(t, w)
	w.nextRound(t)
	e, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	for range 17 {
		w.chain.Backend.Commit()
	}
	if _, err := w.monitors[0].Check(w.ctx, e); !errors.Is(err, integrity.ErrStale) {
		t.Fatalf("old anchor: %v", err)
	}
	// An anchor that is not this chain's block (a fork, or made up), re-signed by the agent.
	e2, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	e2.Records[len(e2.Records)-1].Anchor.Hash = common.Hash{0xee}
	sig, _ := w.agentEnc.Sign(e2.SignBytes())
	e2.Sig = sig
	if _, err := w.monitors[0].Check(w.ctx, e2); !errors.Is(err, integrity.ErrChain) && !errors.Is(err, integrity.ErrStale) {
		t.Fatalf("forged anchor: %v", err)
	}
	// Replaying the certified report of an earlier round.
	_, err = w.reg.SubmitReport(w.ctx, w.chain.Transactor(3), r1, w.committee, w.rule, qc1)
	wantRevert(t, err, "StaleRound")
}

// All four SGX enclaves leak their keys: the forged Affirming report for
// tampered evidence has four votes of one kind, which certifies neither in
// Go nor on chain.
func TestCompromisedKindAloneCannotCertify(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	affirmed(t, w)
	w.meas.set(func(o *integrity.Observation) { o.Executable = crypto.Keccak256Hash([]byte("evil")) })
	w.nextRound(t)
	e, err := w.agent.Measure(w.ctx, "period")
	if err != nil {
		t.Fatal(err)
	}
	honest, _ := w.monitors[9].Check(w.ctx, e)
	forged := honest
	forged.Status, forged.Claim, forged.Expected, forged.Observed = integrity.Affirming, 0, common.Hash{}, common.Hash{}
	var votes []quorum.Vote
	for _, enc := range w.enclaves {
		if enc.Kind() != attest.KindSGX {
			continue
		}
		enc.Compromise()
		v, err := quorum.SignVote(enc, w.domain, forged.Hash())
		if err != nil {
			t.Fatal(err)
		}
		votes = append(votes, v)
	}
	if _, err := committee.Certify(w.rule, w.committee, w.domain, forged.Hash(), votes, true); !errors.Is(err, quorum.ErrRuleNotMet) {
		t.Fatalf("Go certified a one-kind QC: %v", err)
	}
	qc, err := quorum.NewECDSAQC(w.committee, w.domain, forged.Hash(), votes)
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.reg.SubmitReport(w.ctx, w.chain.Transactor(3), &forged, w.committee, w.rule, qc)
	wantRevert(t, err, "QuorumRejected")
	// And honest monitors refuse the forged statement.
	st, _ := integrity.EncodeStatement(&forged, e)
	if _, err := w.monitors[9].Vote(w.ctx, common.Address{}, st); !errors.Is(err, integrity.ErrMismatch) {
		t.Fatalf("honest monitor on forged report: %v", err)
	}
}

// Outsiders and the wrong roles are refused at every entry point.
func TestOutsiderCallsRefused(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	ctx, svc := w.ctx, w.manifest.ID()
	outsider := w.chain.Transactor(3)

	_, err := w.reg.SetCommittee(ctx, outsider, w.committee, w.rule)
	wantRevert(t, err, "NotAdmin")
	_, err = w.reg.SetManifest(ctx, outsider, w.manifest, false)
	wantRevert(t, err, "NotOwner")
	_, err = w.reg.SetAgent(ctx, outsider, svc, outsider.From)
	wantRevert(t, err, "NotOwner")
	_, err = w.reg.RecordInstance(ctx, outsider, svc, w.mhash, common.Hash{1}, common.Hash{2})
	wantRevert(t, err, "NotAgent")
	_, err = w.reg.QueueChange(ctx, outsider, []byte{1, 2, 3, 4})
	wantRevert(t, err, "NotAdmin")
	_, err = w.reg.RegisterService(ctx, outsider, w.manifest, big.NewInt(0), big.NewInt(0))
	wantRevert(t, err, "ServiceExists")

	// A monitor without the registrar's signature, or signed by another key.
	k := mustKey(t)
	sig, _ := crypto.Sign(integrity.MonitorDigest(w.chain.ChainID, w.reg.Address(), crypto.PubkeyToAddress(k.PublicKey), attest.KindSGX, common.Hash{}).Bytes(), k)
	sig[64] += 27
	_, err = w.reg.RegisterMonitor(ctx, outsider, crypto.PubkeyToAddress(k.PublicKey), attest.KindSGX, common.Hash{}, sig, minStake)
	wantRevert(t, err, "BadRegistrarSignature")

	// A report with a committee other than the installed one.
	other, _ := quorum.NewCommittee(quorum.Member{Addr: outsider.From, Kind: attest.KindSGX, Weight: 1})
	r := integrity.Report{Service: svc, Manifest: w.mhash, Round: 0, Status: integrity.Affirming}
	v, _ := quorum.SignVote(quorum.KeySigner(w.chain.Accounts[3].Key), w.domain, r.Hash())
	qc, _ := quorum.NewECDSAQC(other, w.domain, r.Hash(), []quorum.Vote{v})
	one, _ := quorum.ParseRule("m>=1")
	_, err = w.reg.SubmitReport(ctx, outsider, &r, other, one, qc)
	wantRevert(t, err, "WrongConfig")

	// After setup the admin's own setCommittee waits for the delay.
	tx, err := w.reg.EndSetup(ctx, admin(w))
	w.mine(t, tx, err)
	_, err = w.reg.SetCommittee(ctx, admin(w), w.committee, w.rule)
	wantRevert(t, err, "Timelocked")
	call, err := w.reg.SetCommitteeCall(w.committee, w.rule)
	if err != nil {
		t.Fatal(err)
	}
	tx, err = w.reg.QueueChange(ctx, admin(w), call)
	rc := w.mine(t, tx, err)
	head, _ := w.chain.Client.HeaderByNumber(ctx, rc.BlockNumber)
	eta := head.Time + integrity.DefaultGovernanceDelay
	_, err = w.reg.ExecuteChange(ctx, outsider, call, eta)
	wantRevert(t, err, "ChangeNotReady")
	if err := w.chain.Backend.AdjustTime(integrity.DefaultGovernanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	w.chain.Backend.Commit()
	tx, err = w.reg.ExecuteChange(ctx, outsider, call, eta) // anyone, once the delay passed
	w.mine(t, tx, err)
}

// A round without a certified report makes the service Unmeasured (anyone
// may record it), and an agent refuses an image whose digests differ.
func TestUnmeasuredAndAuthenticatedDeployment(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	w.runtime.digests.Config = "sha256:" + strings.Repeat("9", 64)
	if _, err := w.agent.Deploy(w.ctx, "svc"); !errors.Is(err, integrity.ErrImageMismatch) || w.runtime.started != 0 {
		t.Fatalf("deploy of another image: %v (started %d)", err, w.runtime.started)
	}
	w.runtime.digests = w.manifest.Image
	affirmed(t, w)
	_, err := w.reg.MarkUnmeasured(w.ctx, w.chain.Transactor(3), w.manifest.ID())
	wantRevert(t, err, "RoundMeasured")
	w.nextRound(t)
	w.nextRound(t)
	tx, err := w.reg.MarkUnmeasured(w.ctx, w.chain.Transactor(3), w.manifest.ID())
	w.mine(t, tx, err)
	l, _ := w.reg.Latest(w.ctx, w.manifest.ID())
	if l.Status != integrity.Unmeasured {
		t.Fatalf("latest %+v", l)
	}
	if ok, _ := w.reg.IsHealthy(w.ctx, w.manifest.ID(), 1<<30); ok {
		t.Fatal("healthy while unmeasured")
	}
}

// Rewards: each signer's owner is credited once per certified round.
func TestRewardsPaidOncePerRound(t *testing.T) {
	w := newWorld(t, threeKinds, minimalRule)
	r, qc, _ := affirmed(t, w)
	owner := w.chain.Accounts[2].Address
	before, _ := w.reg.Balance(w.ctx, owner)
	tx, err := w.reg.PayRewards(w.ctx, w.chain.Transactor(3), r, w.committee, w.rule, qc)
	w.mine(t, tx, err)
	after, _ := w.reg.Balance(w.ctx, owner)
	if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(7e15)) != 0 {
		t.Fatalf("credited %v, want 7 × 1e15", got)
	}
	_, err = w.reg.PayRewards(w.ctx, w.chain.Transactor(3), r, w.committee, w.rule, qc)
	wantRevert(t, err, "AlreadyRewarded")
}
