package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/rollup"
)

// admitNewcomer is the committee acting as registrar: a new machine
// launches its enclave (sequencer init), asks a member's Desk over the
// client API for an admission, checks the answer against the Manager
// (rollup.DeskClient) and registers it with registerCertified; the Manager
// must then hold the evidence the members verified. No registrar key is
// involved.
func admitNewcomer(ctx context.Context, d *deployment, b *nonceGuard) (string, error) {
	dir := filepath.Join(d.dir, "newcomer")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	kind := d.kinds[len(d.kinds)-1]
	p, err := d.maker.NewPlatform(kind)
	if err != nil {
		return "", err
	}
	raw, err := p.Export()
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "platform.bin"), raw, 0o600); err != nil {
		return "", err
	}
	// init needs a complete config, though it serves nothing.
	s := &seqNode{dir: dir, peerListen: "127.0.0.1:1", client: "http://127.0.0.1:1", metrics: "http://127.0.0.1:1"}
	conf := seqConfig(Config{}, "", d, s, nil, nil)
	conf["l1"] = d.l1url
	path := filepath.Join(dir, "sequencer.json")
	if err := writeJSON(path, conf); err != nil {
		return "", err
	}
	enclave, ev, err := initEnclave(ctx, d.bin, path)
	if err != nil {
		return "", fmt.Errorf("newcomer: %w", err)
	}
	c, err := rpc.DialContext(ctx, d.seqs[0].client)
	if err != nil {
		return "", err
	}
	defer c.Close()
	a, cert, err := rollup.NewDeskClient(c, d.l1).Admit(ctx, enclave, ev)
	if err != nil {
		return "", fmt.Errorf("admission of %s: %w", enclave, err)
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return "", err
	}
	tx, err := d.l1.RegisterCertified(ctx, bind.NewKeyedTransactor(d.admin, chainID), a, cert)
	if err != nil {
		return "", fmt.Errorf("registerCertified: %w", err)
	}
	rs, err := rollup.WaitAll(ctx, b, tx)
	if err != nil {
		return "", err
	}
	if rs[0].Status != types.ReceiptStatusSuccessful {
		return "", fmt.Errorf("registerCertified reverted: tx %s", tx.Hash())
	}
	h, err := d.l1.RegisteredEvidenceHash(ctx, enclave)
	if err != nil {
		return "", err
	}
	if h != crypto.Keccak256Hash(a.Evidence) {
		return "", fmt.Errorf("the Manager holds evidence %s for %s, the members certified %s", h, enclave, crypto.Keccak256Hash(a.Evidence))
	}
	return fmt.Sprintf("a new %s enclave %s registered by a committee QC of %d signers from a member's desk (%d gas), no registrar key",
		kind, enclave.Hex()[:10], cert.QC.Signers.Count(), rs[0].GasUsed), nil
}
