package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// measurement is the simulated sequencer code's measurement.
const measurement = "teerollup/devnet/sequencer-v1"

// kinds returns n TEE kinds in the paper's proportions (1 SGX : 2 TDX :
// 2 CSV, repeated).
func kinds(n int) []attest.Kind {
	base := []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindTDX, attest.KindCSV, attest.KindCSV}
	out := make([]attest.Kind, n)
	for i := range out {
		out[i] = base[i%len(base)]
	}
	return out
}

// seqNode is one sequencer process and what the devnet knows of it.
type seqNode struct {
	proc    *proc
	dir     string
	config  string
	enclave common.Address
	kind    attest.Kind
	peer    string // peer API URL (as its peers reach it)
	// peerListen is where the node's peer API listens (with namespaces,
	// behind the relay that peer names).
	peerListen string
	client     string // client API URL
	metrics    string // http://host:port of /metrics and /healthz
}

type dapNode struct {
	proc    *proc
	dir     string
	url     string
	metrics string
	account common.Address // its account in the DA game
}

// The DA game's parameters: small amounts, and a window (in 1 s blocks)
// long enough for a live DAP to answer on a busy machine; a DAP killed
// before a request is either back in time to answer or loses c + ε.
var (
	daParams     = dap.Params{MinCollateral: big.NewInt(1e16), ResponseWindow: 8, AnswerCost: big.NewInt(1e14), Epsilon: big.NewInt(1e13), ExitDelay: 10}
	daCollateral = big.NewInt(2e16)
)

// deployment is the rollup on L1 and the processes that run it.
type deployment struct {
	l1          *rollup.L1
	domain      rollup.Domain
	deployBlock uint64
	committee   *quorum.Committee
	rule        quorum.Rule
	seqs        []*seqNode
	daps        []*dapNode
	da          *dap.Contract // nil without the DA game
	daBlock     uint64
	// For the committee-certified admission at the end of the run: the
	// simulated manufacturer (newcomers' machines), the admitted kinds,
	// the trusted-roots file every sequencer's Vetter reads, the programs
	// and the admin key that pays the registration.
	maker *sim.Manufacturer
	kinds []attest.Kind
	roots string
	bin   string
	dir   string
	admin *ecdsa.PrivateKey
	l1url string
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// deploy deploys the contracts from admin, prepares every process's data
// dir and config, has each sequencer launch its enclave (sequencer init),
// registers the enclaves through a registrar that trusts the devnet's
// simulated manufacturer, and installs the committee.
func deploy(ctx context.Context, cfg Config, topo *netTopo, b *nonceGuard, l1url string, admin *ecdsa.PrivateKey, submitters, dapKeys []*ecdsa.PrivateKey, out func(string, ...any)) (*deployment, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	auth := bind.NewKeyedTransactor(admin, chainID)
	regKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	l1, txs, err := rollup.Deploy(ctx, b, auth, auth.From, crypto.PubkeyToAddress(regKey.PublicKey), common.Hash{})
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if _, err := rollup.WaitAll(ctx, b, txs...); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	d := &deployment{l1: l1, rule: quorum.DistinctKinds{K: 2}}
	if d.deployBlock, err = l1.DeployBlock(ctx); err != nil {
		return nil, err
	}
	if d.domain, err = l1.Domain(ctx); err != nil {
		return nil, err
	}
	dep := l1.Deployment()
	send := func(tx *types.Transaction, err error) error {
		if err != nil {
			return err
		}
		_, err = rollup.WaitAll(ctx, b, tx)
		return err
	}
	ks := kinds(cfg.Sequencers)
	seen := map[attest.Kind]bool{}
	var distinct []attest.Kind
	for _, k := range ks {
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, k)
			if err := send(l1.AllowMeasurement(ctx, auth, k, []byte(measurement), true)); err != nil {
				return nil, err
			}
		}
	}
	maker, err := sim.NewManufacturer()
	if err != nil {
		return nil, err
	}
	d.maker, d.kinds, d.bin, d.dir, d.admin, d.l1url = maker, distinct, cfg.Bin, cfg.Dir, admin, l1url
	d.roots = filepath.Join(cfg.Dir, "sim-roots.pem")
	var pemRoots []byte
	for _, c := range maker.Roots() {
		pemRoots = append(pemRoots, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	if err := os.WriteFile(d.roots, pemRoots, 0o600); err != nil {
		return nil, err
	}
	simV, err := sim.NewVerifier(sim.Options{Roots: maker.Roots()})
	if err != nil {
		return nil, err
	}
	registry, err := attest.NewRegistry(map[attest.Format]attest.Verifier{attest.FormatSim: simV})
	if err != nil {
		return nil, err
	}
	bd, err := l1.BindingDomain(ctx)
	if err != nil {
		return nil, err
	}
	registrar := &rollup.Registrar{
		Key: regKey, Verifier: registry, Domain: bd, Now: maker.Now,
		Policy:      attest.Policy{Measurements: [][]byte{[]byte(measurement)}, Kinds: distinct, AllowSimulated: true, MaxAge: time.Hour},
		MaxValidity: 7 * 24 * time.Hour,
	}

	// DAPs first: the sequencers' configs name them. With namespaces
	// they listen on the hub address, which every namespace routes to.
	hostIP := "127.0.0.1"
	if topo != nil {
		hostIP = topo.hostIP()
	}
	for i := range cfg.DAPs {
		rpcPort, err := freePort()
		if err != nil {
			return nil, err
		}
		mPort, err := freePort()
		if err != nil {
			return nil, err
		}
		d.daps = append(d.daps, &dapNode{
			dir: filepath.Join(cfg.Dir, fmt.Sprintf("dap%d", i)),
			url: fmt.Sprintf("http://%s:%d", hostIP, rpcPort), metrics: fmt.Sprintf("http://%s:%d", hostIP, mPort),
		})
	}
	// The DA penalty game (§V-F): each DAP posts collateral and answers
	// chunk requests; a silent one loses AnswerCost + Epsilon.
	var da map[string]any
	if cfg.DA {
		k, tx, err := dap.Deploy(ctx, b, auth, dep.Rollup, daParams)
		if err != nil {
			return nil, fmt.Errorf("deploy DA contract: %w", err)
		}
		rs, err := rollup.WaitAll(ctx, b, tx)
		if err != nil {
			return nil, fmt.Errorf("deploy DA contract: %w", err)
		}
		d.da, d.daBlock = k, rs[0].BlockNumber.Uint64()
	}
	for i, dn := range d.daps {
		if err := os.MkdirAll(dn.dir, 0o700); err != nil {
			return nil, err
		}
		da = nil
		if cfg.DA {
			if err := crypto.SaveECDSA(filepath.Join(dn.dir, "dap.key"), dapKeys[i]); err != nil {
				return nil, err
			}
			da = map[string]any{"contract": d.da.Address(), "keyFile": "dap.key", "collateralWei": daCollateral.String(), "endpoint": dn.url, "fromBlock": d.daBlock}
			dn.account = crypto.PubkeyToAddress(dapKeys[i].PublicKey)
		}
		var peers []string
		for j, o := range d.daps {
			if j != i {
				peers = append(peers, o.url)
			}
		}
		conf := map[string]any{
			"l1": l1url, "tsc": dep.Rollup, "dataDir": dn.dir, "peers": peers, "syncInterval": "300ms",
			"listen":   map[string]any{"rpc": hostPort(dn.url), "metrics": hostPort(dn.metrics)},
			"logLevel": cfg.LogLevel, "da": da,
		}
		path := filepath.Join(dn.dir, "dapnode.json")
		if err := writeJSON(path, conf); err != nil {
			return nil, err
		}
		dn.proc = &proc{name: fmt.Sprintf("dap%d", i), bin: filepath.Join(cfg.Bin, "dapnode"), args: []string{"-config", path}, log: filepath.Join(dn.dir, "dapnode.log")}
	}
	var dapURLs []string
	for _, dn := range d.daps {
		dapURLs = append(dapURLs, dn.url)
	}

	// Sequencers: a simulated machine each, then its enclave.
	members := make([]quorum.Member, cfg.Sequencers)
	var regTxs []*types.Transaction
	for i, k := range ks {
		s := &seqNode{dir: filepath.Join(cfg.Dir, fmt.Sprintf("seq%d", i)), kind: k}
		if err := os.MkdirAll(s.dir, 0o700); err != nil {
			return nil, err
		}
		p, err := maker.NewPlatform(k)
		if err != nil {
			return nil, err
		}
		raw, err := p.Export()
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(s.dir, "platform.bin"), raw, 0o600); err != nil {
			return nil, err
		}
		if err := crypto.SaveECDSA(filepath.Join(s.dir, "submitter.key"), submitters[i]); err != nil {
			return nil, err
		}
		ports := make([]int, 3)
		for j := range ports {
			if ports[j], err = freePort(); err != nil {
				return nil, err
			}
		}
		s.peer = fmt.Sprintf("http://127.0.0.1:%d", ports[0])
		s.client = fmt.Sprintf("http://127.0.0.1:%d", ports[1])
		s.metrics = fmt.Sprintf("http://127.0.0.1:%d", ports[2])
		s.peerListen = hostPort(s.peer)
		if topo != nil {
			// The node listens in its namespace; its peers reach it
			// through the delaying relay on the host side of its link.
			ip := topo.nsIP(i)
			s.peerListen = fmt.Sprintf("%s:%d", ip, ports[0])
			s.client = fmt.Sprintf("http://%s:%d", ip, ports[1])
			s.metrics = fmt.Sprintf("http://%s:%d", ip, ports[2])
			via, err := topo.relay(i, s.peerListen, cfg.LinkDelay)
			if err != nil {
				return nil, err
			}
			s.peer = "http://" + via
		}
		d.seqs = append(d.seqs, s)
	}
	for i, s := range d.seqs {
		// Peers are filled in below, once every enclave is known; init
		// needs none.
		conf := seqConfig(cfg, l1url, d, s, dapURLs, nil)
		s.config = filepath.Join(s.dir, "sequencer.json")
		if err := writeJSON(s.config, conf); err != nil {
			return nil, err
		}
		enclave, ev, err := initEnclave(ctx, cfg.Bin, s.config)
		if err != nil {
			return nil, fmt.Errorf("sequencer %d: %w", i, err)
		}
		reg, err := registrar.Register(ctx, enclave, ev)
		if err != nil {
			return nil, fmt.Errorf("register sequencer %d: %w", i, err)
		}
		tx, err := l1.Register(ctx, auth, reg)
		if err != nil {
			return nil, fmt.Errorf("register sequencer %d: %w", i, err)
		}
		regTxs = append(regTxs, tx)
		s.enclave = enclave
		members[i] = quorum.Member{Addr: enclave, Kind: s.kind, Weight: 1}
	}
	if _, err := rollup.WaitAll(ctx, b, regTxs...); err != nil {
		return nil, err
	}
	if d.committee, err = quorum.NewCommittee(members...); err != nil {
		return nil, err
	}
	if err := send(l1.SetCommittee(ctx, auth, d.committee, d.rule)); err != nil {
		return nil, err
	}
	if err := send(l1.SetRollup(ctx, auth)); err != nil {
		return nil, err
	}
	for i, s := range d.seqs {
		var peers []map[string]any
		for j, o := range d.seqs {
			if j != i {
				peers = append(peers, map[string]any{"enclave": o.enclave, "url": o.peer})
			}
		}
		if err := writeJSON(s.config, seqConfig(cfg, l1url, d, s, dapURLs, peers)); err != nil {
			return nil, err
		}
		s.proc = &proc{name: fmt.Sprintf("seq%d", i), bin: filepath.Join(cfg.Bin, "sequencer"), args: []string{"run", "-config", s.config}, log: filepath.Join(s.dir, "sequencer.log")}
		if topo != nil {
			s.proc.bin, s.proc.args = topo.wrap(i, s.proc.bin, s.proc.args)
		}
	}
	out("manager %s  tsc %s  committee of %d (%v), rule %s, deployed at block %d",
		dep.Manager, dep.Rollup, len(members), ks, d.rule, d.deployBlock)
	return d, nil
}

func seqConfig(cfg Config, l1url string, d *deployment, s *seqNode, daps []string, peers []map[string]any) map[string]any {
	dep := d.l1.Deployment()
	return map[string]any{
		"l1": l1url, "manager": dep.Manager, "tsc": dep.Rollup, "deployBlock": d.deployBlock,
		"dataDir": s.dir, "measurement": measurement, "submitterKeyFile": "submitter.key",
		"peers": peers, "daps": daps,
		"listen":    map[string]any{"peer": s.peerListen, "client": hostPort(s.client), "metrics": hostPort(s.metrics)},
		"batchSize": cfg.Batch, "pollInterval": "100ms", "roundTimeout": cfg.RoundTimeout.String(),
		"logLevel": cfg.LogLevel,
		// Every member vets admissions: the committee is the registrar.
		"registration": map[string]any{"roots": d.roots, "kinds": kindNames(d.kinds)},
	}
}

func kindNames(ks []attest.Kind) []string {
	var out []string
	for _, k := range ks {
		out = append(out, k.String())
	}
	return out
}

func hostPort(url string) string { return url[len("http://"):] }

// requestChunk asks the DAPs for a random chunk of the latest accepted
// header, paying the fee from the admin key.
func requestChunk(ctx context.Context, d *deployment, b *nonceGuard, admin *ecdsa.PrivateKey) (*dap.Request, error) {
	head, err := d.l1.Head(ctx)
	if err != nil {
		return nil, err
	}
	if head.Height == 0 {
		return nil, errors.New("no accepted header yet")
	}
	var h *rollup.Header
	for _, dn := range d.daps {
		c, err := dap.Dial(ctx, dn.url)
		if err != nil {
			continue
		}
		var res dap.MetadataResult
		err = c.Endpoints()[0].RPC.CallContext(ctx, &res, dap.Namespace+"_metadata", hexutil.Uint64(head.Height))
		c.Close()
		if err != nil {
			continue
		}
		if hd, err := rollup.DecodeHeader(res.Header); err == nil && hd.Hash() == head.HeaderHash {
			h = hd
			break
		}
	}
	if h == nil {
		return nil, fmt.Errorf("no DAP serves height %d yet", head.Height)
	}
	tx, err := d.da.RequestChunk(ctx, bind.NewKeyedTransactor(admin, d.domain.ChainID), h)
	if err != nil {
		return nil, err
	}
	rs, err := rollup.WaitAll(ctx, b, tx)
	if err != nil {
		return nil, err
	}
	return d.da.RequestFromReceipt(rs[0])
}

// initEnclave runs `sequencer init` on config: the program launches (or
// unseals) its enclave and prints the enclave address and binding evidence.
func initEnclave(ctx context.Context, bin, config string) (common.Address, attest.Evidence, error) {
	raw, err := exec.CommandContext(ctx, filepath.Join(bin, "sequencer"), "init", "-config", config).Output()
	if err != nil {
		return common.Address{}, attest.Evidence{}, fmt.Errorf("init: %w", err)
	}
	var out struct {
		Enclave  common.Address  `json:"enclave"`
		Evidence json.RawMessage `json:"evidence"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return common.Address{}, attest.Evidence{}, fmt.Errorf("init output: %w", err)
	}
	ev, err := rollup.DecodeEvidence(out.Evidence)
	return out.Enclave, ev, err
}
